package org.roundtable.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void countsEachChoiceAndTheVotersOutOfTheElectorate() {
        Tally tally = Tally.count(
                List.of(VoteChoice.AGREE, VoteChoice.BLOCK, VoteChoice.AGREE, VoteChoice.ABSTAIN, VoteChoice.DISAGREE),
                7);

        assertThat(tally).isEqualTo(new Tally(2, 1, 1, 1, 7, 5));
    }

    @Test
    void nobodyVotedIsTheEmptyTally() {
        assertThat(Tally.count(List.of(), 3)).isEqualTo(Tally.empty(3));
    }
}
