package org.roundtable.query.powerbalance;

import static org.roundtable.query.support.JdbcValues.enumValue;
import static org.roundtable.query.support.JdbcValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Sector;
import org.roundtable.api.VoteChoice;

/**
 * The latest vote of an elector on a proposal being closed, with the elector's sector in the
 * electorate: a counted vote. What the power balance learns from it is decided here.
 */
record Ballot(PartnerId partnerId, Sector sector, VoteChoice choice) {

    static Ballot of(ResultSet row) throws SQLException {
        return new Ballot(
                new PartnerId(uuid(row, "partner_id")),
                enumValue(row, "sector", Sector.class),
                enumValue(row, "choice", VoteChoice.class));
    }

    /** DISAGREE or BLOCK. */
    boolean opposed() {
        return choice == VoteChoice.DISAGREE || choice == VoteChoice.BLOCK;
    }

    /** Its direction matched the outcome: AGREE with ADOPTED, DISAGREE or BLOCK with anything else; ABSTAIN never. */
    boolean alignedWith(Outcome outcome) {
        return outcome == Outcome.ADOPTED ? choice == VoteChoice.AGREE : opposed();
    }

    /** overruled: the proposal was adopted although this vote was DISAGREE or BLOCK. */
    boolean overruledBy(Outcome outcome) {
        return outcome == Outcome.ADOPTED && opposed();
    }

    /**
     * SECTOR_OVERRULED: the sectors of which every elector that voted cast DISAGREE or BLOCK (at least
     * one voted, or the sector would have no ballot here), on a proposal that was adopted all the
     * same; in the order of {@link Sector}.
     */
    static List<Sector> sectorsOverruled(Outcome outcome, List<Ballot> ballots) {
        if (outcome != Outcome.ADOPTED) {
            return List.of();
        }
        Map<Sector, Boolean> everyVoterOpposed = new EnumMap<>(Sector.class);
        ballots.forEach(ballot -> everyVoterOpposed.merge(ballot.sector(), ballot.opposed(), Boolean::logicalAnd));
        List<Sector> overruled = new ArrayList<>();
        everyVoterOpposed.forEach((sector, opposed) -> {
            if (opposed) {
                overruled.add(sector);
            }
        });
        return List.copyOf(overruled);
    }
}
