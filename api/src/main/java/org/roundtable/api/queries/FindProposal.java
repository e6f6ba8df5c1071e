package org.roundtable.api.queries;

import java.time.Instant;
import java.util.List;
import org.roundtable.api.*;

/** Asks for a proposal with its tally and latest votes; answers an optional {@link ProposalView}. */
public record FindProposal(PartnershipId partnershipId, ProposalId proposalId) {
}
