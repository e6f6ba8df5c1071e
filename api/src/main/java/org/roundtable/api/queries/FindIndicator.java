package org.roundtable.api.queries;

import org.roundtable.api.IndicatorId;
import org.roundtable.api.PartnershipId;

/** Asks for one adopted indicator with the history of its measurements; answers an optional {@link IndicatorDetail}. */
public record FindIndicator(PartnershipId partnershipId, IndicatorId indicatorId) {}
