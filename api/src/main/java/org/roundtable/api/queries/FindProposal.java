package org.roundtable.api.queries;

import org.roundtable.api.PartnershipId;
import org.roundtable.api.ProposalId;

/** Asks for a proposal with its tally and latest votes; answers an optional {@link ProposalView}. */
public record FindProposal(PartnershipId partnershipId, ProposalId proposalId) {}
