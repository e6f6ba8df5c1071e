package org.roundtable.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roundtable.api.Outcome;
import org.roundtable.api.Tally;

/** Boundaries of the counting methods that an electorate of three cannot reach. */
class ClosingRuleTest {

    @Test
    void supermajorityAdoptsAtExactlyTwoThirds() {
        assertThat(ClosingRule.supermajority(new Tally(4, 0, 1, 1, 6, 6))).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void supermajorityRejectsJustBelowTwoThirds() {
        assertThat(ClosingRule.supermajority(new Tally(3, 0, 2, 0, 5, 5))).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void supermajorityIgnoresAbstentions() {
        assertThat(ClosingRule.supermajority(new Tally(2, 5, 1, 0, 8, 8))).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void majorityRejectsATie() {
        assertThat(ClosingRule.majority(new Tally(2, 0, 1, 1, 4, 4))).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void majorityAdoptsWithOneMore() {
        assertThat(ClosingRule.majority(new Tally(3, 0, 1, 1, 5, 5))).isEqualTo(Outcome.ADOPTED);
    }
}
