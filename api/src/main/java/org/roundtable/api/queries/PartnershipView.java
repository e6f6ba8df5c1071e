package org.roundtable.api.queries;

import java.time.Instant;
import java.util.List;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;

/** A partnership with its members and contract; {@code loop} and {@code phase} are the segment it is in now. */
public record PartnershipView(
        PartnershipId id,
        String name,
        String purpose,
        Phase phase,
        int loop,
        DecisionRule decisionRule,
        Instant formedAt,
        List<PartnerView> partners,
        ContractView contract) {}
