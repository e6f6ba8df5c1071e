package org.roundtable.api.queries;

import org.roundtable.api.*;

/** Asks for a proposal with its tally and latest votes; answers an optional {@link ProposalView}. */
public record FindProposal(PartnershipId partnershipId, ProposalId proposalId) {
}
