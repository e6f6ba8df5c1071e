package org.roundtable.api.queries;

import org.roundtable.api.PartnershipId;
import org.roundtable.api.ProposalId;

/** Asks for every event of a proposal, from the event store itself (always current: no minSequence); answers an optional {@link ProposalTrail}. */
public record FindProposalTrail(PartnershipId partnershipId, ProposalId proposalId) {}
