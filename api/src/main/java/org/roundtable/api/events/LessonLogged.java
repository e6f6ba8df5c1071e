package org.roundtable.api.events;

import org.roundtable.api.LessonId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.Sector;

/** A partner logged a lesson learnt during a phase. */
public record LessonLogged(
        PartnershipId partnershipId,
        LessonId lessonId,
        PartnerId partnerId,
        Sector sector,
        Phase phase,
        String title,
        String text) {}
