package org.roundtable.api.events;

import java.util.List;
import org.roundtable.api.*;

/** A partner put a proposal to the vote of the frozen {@code electorate}. */
public record ProposalSubmitted(PartnershipId partnershipId, ProposalId proposalId, PartnerId partnerId, Sector sector, ProposalKind kind, String title, String text, Phase targetPhase, List<Elector> electorate) {
}
