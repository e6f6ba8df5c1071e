package org.roundtable.api.queries;

import org.roundtable.api.PartnershipId;

/** Asks for a partnership's lessons grouped by phase; answers an optional {@link LessonBook}. */
public record FindLessons(PartnershipId partnershipId) {}
