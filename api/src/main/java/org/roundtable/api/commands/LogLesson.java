package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.LessonId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;

/** Logs a lesson learnt; a null phase means the partnership's current phase. */
public record LogLesson(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        LessonId lessonId,
        PartnerId partnerId,
        Phase phase,
        String title,
        String text) {}
