package org.roundtable.api.events;

import java.math.BigDecimal;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.PartnershipId;

/**
 * An INDICATOR proposal that defined an indicator was adopted, so the indicator exists and takes
 * measurements; its id is the proposal's. Recorded right after the ProposalClosed that adopted it.
 */
public record IndicatorAdopted(
        PartnershipId partnershipId,
        IndicatorId indicatorId,
        String name,
        String unit,
        BigDecimal baseline,
        BigDecimal target) {}
