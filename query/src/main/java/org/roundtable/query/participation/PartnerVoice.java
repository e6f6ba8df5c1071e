package org.roundtable.query.participation;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.roundtable.api.queries.WithdrawnParticipation;
import org.roundtable.query.support.Member;
import org.roundtable.query.support.Share;

/** One partner's counters in the participation view, and the figures of SPEC section 4 that are its alone. */
record PartnerVoice(
        Member member,
        int proposals,
        int votesCast,
        int votesEligible,
        int meetingsAttended,
        int meetingsHeld,
        int contributions,
        long speakingSeconds,
        int lessons) {

    static PartnerVoice of(ResultSet row) throws SQLException {
        return new PartnerVoice(
                Member.of(row),
                row.getInt("proposals"),
                row.getInt("votes_cast"),
                row.getInt("votes_eligible"),
                row.getInt("meetings_attended"),
                row.getInt("meetings_held"),
                row.getInt("contributions"),
                row.getLong("speaking_seconds"),
                row.getInt("lessons"));
    }

    /** voiceActs = proposals + contributions + lessons. */
    int voiceActs() {
        return proposals + contributions + lessons;
    }

    /** attendance = meetingsAttended / meetingsHeld, 0 when none was held. */
    Share attendance() {
        return Share.of(meetingsAttended, meetingsHeld);
    }

    /** A withdrawn partner's counts, as they stood when it withdrew: it can no longer act. */
    WithdrawnParticipation withdrawn() {
        return new WithdrawnParticipation(
                member.partnerId(),
                member.name(),
                member.sector(),
                proposals,
                votesCast,
                contributions,
                speakingSeconds,
                lessons);
    }
}
