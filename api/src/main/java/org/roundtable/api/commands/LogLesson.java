package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.*;

/** Logs a lesson learnt; a null phase means the partnership's current phase. */
public record LogLesson(@TargetAggregateIdentifier PartnershipId partnershipId, LessonId lessonId, PartnerId partnerId, Phase phase, String title, String text) {
}
