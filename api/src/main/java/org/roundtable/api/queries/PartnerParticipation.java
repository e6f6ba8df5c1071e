package org.roundtable.api.queries;

import java.util.List;
import org.roundtable.api.ParticipationFlag;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Sector;

/** One active partner's voice: its acts, its turnout and attendance, its shares and flags. */
public record PartnerParticipation(
        PartnerId partnerId,
        String name,
        Sector sector,
        int proposals,
        int votesCast,
        int votesEligible,
        double turnout,
        int meetingsAttended,
        int meetingsHeld,
        double attendance,
        int contributions,
        long speakingSeconds,
        int lessons,
        int voiceActs,
        double voiceShare,
        double speakingShare,
        List<ParticipationFlag> flags) {}
