package org.roundtable.api.queries;

import org.roundtable.api.PartnershipId;
import org.roundtable.api.Segment;

/**
 * Asks for a partnership's power-balance report (SPEC section 5) over its whole life, or over one
 * {@code segment} (null: the whole life); answers an optional {@link PowerBalanceReport}, empty when the
 * partnership, or the segment, is unknown.
 */
public record FindPowerBalance(PartnershipId partnershipId, Segment segment) {

    /** The report over the partnership's whole life. */
    public FindPowerBalance(PartnershipId partnershipId) {
        this(partnershipId, null);
    }
}
