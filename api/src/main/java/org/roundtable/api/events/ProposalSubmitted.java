package org.roundtable.api.events;

import java.util.List;
import org.roundtable.api.Elector;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.Sector;

/** A partner put a proposal to the vote of the frozen {@code electorate}. */
public record ProposalSubmitted(
        PartnershipId partnershipId,
        ProposalId proposalId,
        PartnerId partnerId,
        Sector sector,
        ProposalKind kind,
        String title,
        String text,
        Phase targetPhase,
        List<Elector> electorate) {}
