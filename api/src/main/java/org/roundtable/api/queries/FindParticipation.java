package org.roundtable.api.queries;

import org.roundtable.api.PartnershipId;
import org.roundtable.api.Segment;

/**
 * Asks for a partnership's participation report (SPEC section 4) over its whole life, or over one
 * {@code segment} (null: the whole life); answers an optional {@link ParticipationReport}, empty when the
 * partnership, or the segment, is unknown.
 */
public record FindParticipation(PartnershipId partnershipId, Segment segment) {

    /** The report over the partnership's whole life. */
    public FindParticipation(PartnershipId partnershipId) {
        this(partnershipId, null);
    }
}
