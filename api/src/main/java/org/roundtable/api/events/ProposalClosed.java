package org.roundtable.api.events;

import org.roundtable.api.*;

/** A proposal was closed and decided with the latest votes of its electorate. */
public record ProposalClosed(PartnershipId partnershipId, ProposalId proposalId, PartnerId partnerId, ProposalKind kind, Outcome outcome, Tally tally) {
}
