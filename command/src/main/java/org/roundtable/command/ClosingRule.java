package org.roundtable.command;

import java.math.BigDecimal;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.Outcome;
import org.roundtable.api.Tally;

/**
 * The outcome of a proposal at closing (SPEC section 2), from the latest vote of each electorate
 * member. Quorum comes first; then the partnership's decision method.
 */
final class ClosingRule {

    private ClosingRule() {}

    /**
     * @param everySectorVoted whether every sector present in the electorate has at least one voter
     */
    static Outcome decide(DecisionRule rule, Tally tally, boolean everySectorVoted) {
        if (noQuorum(rule, tally, everySectorVoted)) {
            return Outcome.NO_QUORUM;
        }
        return switch (rule.method()) {
            case CONSENSUS -> consensus(tally);
            case CONSENT -> consent(tally);
            case MAJORITY -> majority(tally);
            case SUPERMAJORITY -> supermajority(tally);
        };
    }

    /** {@code voted / eligible < quorum}, or a sector of the electorate without a voter when every sector is required. */
    static boolean noQuorum(DecisionRule rule, Tally tally, boolean everySectorVoted) {
        // voted / eligible < quorum, multiplied out so that no division rounds.
        boolean belowQuorum = BigDecimal.valueOf(tally.voted())
                        .compareTo(rule.quorum().multiply(BigDecimal.valueOf(tally.eligible())))
                < 0;
        return belowQuorum || (rule.requireEverySector() && !everySectorVoted);
    }

    /** BLOCKED on any BLOCK; REJECTED on any DISAGREE or no AGREE; else ADOPTED. */
    static Outcome consensus(Tally tally) {
        if (tally.block() > 0) {
            return Outcome.BLOCKED;
        }
        if (tally.disagree() > 0 || tally.agree() == 0) {
            return Outcome.REJECTED;
        }
        return Outcome.ADOPTED;
    }

    /** BLOCKED on any BLOCK; ADOPTED with at least one AGREE; else REJECTED. */
    static Outcome consent(Tally tally) {
        if (tally.block() > 0) {
            return Outcome.BLOCKED;
        }
        return tally.agree() > 0 ? Outcome.ADOPTED : Outcome.REJECTED;
    }

    /** BLOCK counts as DISAGREE; ADOPTED when AGREE outnumbers DISAGREE. */
    static Outcome majority(Tally tally) {
        int against = tally.disagree() + tally.block();
        return tally.agree() > against ? Outcome.ADOPTED : Outcome.REJECTED;
    }

    /** BLOCK counts as DISAGREE; ADOPTED when AGREE ≥ 2/3 × (AGREE + DISAGREE) and AGREE > 0. */
    static Outcome supermajority(Tally tally) {
        int against = tally.disagree() + tally.block();
        // agree >= 2/3 (agree + against), multiplied out so that no division rounds.
        boolean twoThirds = 3L * tally.agree() >= 2L * (tally.agree() + against);
        return twoThirds && tally.agree() > 0 ? Outcome.ADOPTED : Outcome.REJECTED;
    }
}
