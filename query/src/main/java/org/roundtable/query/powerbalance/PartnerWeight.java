package org.roundtable.query.powerbalance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.roundtable.query.support.Member;
import org.roundtable.query.support.Share;

/**
 * One partner's counters in the power-balance view, over the decided proposals and its EUR pledges,
 * and the figures of SPEC section 5 that are its alone. {@code eurPledged} is net: pledged minus
 * withdrawn.
 */
record PartnerWeight(
        Member member,
        int proposalsDecided,
        int proposalsAdopted,
        int overruled,
        int countedVotes,
        int alignedVotes,
        BigDecimal eurPledged) {

    static PartnerWeight of(ResultSet row) throws SQLException {
        return new PartnerWeight(
                Member.of(row),
                row.getInt("proposals_decided"),
                row.getInt("proposals_adopted"),
                row.getInt("overruled"),
                row.getInt("counted_votes"),
                row.getInt("aligned_votes"),
                row.getBigDecimal("eur_pledged"));
    }

    /** adoptionRate = proposalsAdopted / proposalsDecided, 0 when none was decided. */
    Share adoptionRate() {
        return Share.of(proposalsAdopted, proposalsDecided);
    }

    /** alignment = the share of its counted votes whose direction matched the outcome; 0 without any. */
    Share alignment() {
        return Share.of(alignedVotes, countedVotes);
    }
}
