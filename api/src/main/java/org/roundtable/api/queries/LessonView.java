package org.roundtable.api.queries;

import java.time.Instant;
import org.roundtable.api.LessonId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Phase;

/** A lesson learnt. */
public record LessonView(LessonId id, PartnerId partnerId, Phase phase, String title, String text, Instant loggedAt) {}
