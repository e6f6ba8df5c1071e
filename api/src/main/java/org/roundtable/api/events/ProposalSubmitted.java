package org.roundtable.api.events;

import java.util.List;
import org.roundtable.api.Elector;
import org.roundtable.api.Evidence;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.Sector;

/**
 * A partner put a proposal to the vote of the frozen {@code electorate}. {@code indicator} is what an
 * INDICATOR proposal defines (null when it defines nothing, and for every other kind); {@code evidence}
 * the indicators it cites as they stood, in the order cited: never null, empty in events stored before
 * proposals cited any.
 */
public record ProposalSubmitted(
        PartnershipId partnershipId,
        ProposalId proposalId,
        PartnerId partnerId,
        Sector sector,
        ProposalKind kind,
        String title,
        String text,
        Phase targetPhase,
        List<Elector> electorate,
        IndicatorDefinition indicator,
        List<Evidence> evidence) {

    public ProposalSubmitted {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
