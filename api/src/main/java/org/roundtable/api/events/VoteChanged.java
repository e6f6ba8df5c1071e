package org.roundtable.api.events;

import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.ProposalId;
import org.roundtable.api.Sector;
import org.roundtable.api.VoteChoice;

/** A partner changed its vote on an open proposal; the earlier vote stays on the record. */
public record VoteChanged(
        PartnershipId partnershipId,
        ProposalId proposalId,
        PartnerId partnerId,
        Sector sector,
        VoteChoice previousChoice,
        VoteChoice choice,
        String rationale) {}
