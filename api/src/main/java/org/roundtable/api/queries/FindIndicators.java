package org.roundtable.api.queries;

import org.roundtable.api.PartnershipId;

/** Asks for a partnership's indicators in order of adoption; answers an optional {@link IndicatorList}. */
public record FindIndicators(PartnershipId partnershipId) {}
