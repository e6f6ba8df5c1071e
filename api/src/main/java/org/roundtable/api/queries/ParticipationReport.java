package org.roundtable.api.queries;

import java.util.List;

/** Is every voice heard on equal terms: the active partners' shares and indices, withdrawn partners apart (SPEC section 4). */
public record ParticipationReport(
        double equalShare,
        double voiceGini,
        double speakingGini,
        double balance,
        List<PartnerParticipation> partners,
        List<WithdrawnParticipation> withdrawn,
        List<SectorParticipation> sectors) {}
