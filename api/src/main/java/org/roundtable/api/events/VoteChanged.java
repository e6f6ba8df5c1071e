package org.roundtable.api.events;

import org.roundtable.api.*;

/** A partner changed its vote on an open proposal; the earlier vote stays on the record. */
public record VoteChanged(PartnershipId partnershipId, ProposalId proposalId, PartnerId partnerId, Sector sector, VoteChoice previousChoice, VoteChoice choice, String rationale) {
}
