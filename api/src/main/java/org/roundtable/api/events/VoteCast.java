package org.roundtable.api.events;

import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.ProposalId;
import org.roundtable.api.Sector;
import org.roundtable.api.VoteChoice;

/** A partner voted on a proposal for the first time. */
public record VoteCast(
        PartnershipId partnershipId,
        ProposalId proposalId,
        PartnerId partnerId,
        Sector sector,
        VoteChoice choice,
        String rationale) {}
