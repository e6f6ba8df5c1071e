package org.roundtable.api.events;

import org.roundtable.api.*;

/** A partner logged a lesson learnt during a phase. */
public record LessonLogged(PartnershipId partnershipId, LessonId lessonId, PartnerId partnerId, Sector sector, Phase phase, String title, String text) {
}
