package org.roundtable.api.events;

import org.roundtable.api.*;

/** A partner voted on a proposal for the first time. */
public record VoteCast(PartnershipId partnershipId, ProposalId proposalId, PartnerId partnerId, Sector sector, VoteChoice choice, String rationale) {
}
