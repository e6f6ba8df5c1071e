package org.roundtable.server.pages;

import java.util.List;
import org.roundtable.api.PowerFlagType;
import org.roundtable.api.ProposalId;
import org.roundtable.api.Sector;
import org.roundtable.api.queries.DecisionView;
import org.roundtable.api.queries.PowerBalanceReport;

/** A power-balance flag with the names a person reads it by: the partner's, or the proposal's title. */
public record PowerFlagView(PowerFlagType type, String partner, ProposalId proposalId, String proposal, Sector sector) {

    static List<PowerFlagView> of(PowerBalanceReport report, PartnerNames names, List<DecisionView> decisions) {
        return report.flags().stream()
                .map(flag -> new PowerFlagView(
                        flag.type(),
                        flag.partnerId() == null ? null : names.of(flag.partnerId()),
                        flag.proposalId(),
                        decisions.stream()
                                .filter(decision -> decision.proposalId().equals(flag.proposalId()))
                                .map(DecisionView::title)
                                .findFirst()
                                .orElse(null),
                        flag.sector()))
                .toList();
    }
}
