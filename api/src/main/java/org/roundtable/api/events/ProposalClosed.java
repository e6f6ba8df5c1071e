package org.roundtable.api.events;

import org.roundtable.api.*;

/** A proposal was closed and decided with the latest votes of its electorate; {@code submittedBy} is its author. */
public record ProposalClosed(PartnershipId partnershipId, ProposalId proposalId, PartnerId submittedBy, ProposalKind kind, Outcome outcome, Tally tally) {
}
