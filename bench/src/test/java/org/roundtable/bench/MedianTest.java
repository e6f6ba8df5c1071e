package org.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void anOddCountHasItsMiddleValueWhateverTheOrder() {
        assertThat(Median.of(9, 1, 5)).isEqualTo(5);
        assertThat(Median.of(300, 20, 310, 5_000, 290)).isEqualTo(300);
    }

    @Test
    void anEvenCountHasTheMeanOfItsTwoMiddleValues() {
        assertThat(Median.of(4, 1, 2, 100)).isEqualTo(3);
    }

    @Test
    void theValuesAreLeftAsTheyWere() {
        double[] values = {3, 1, 2};
        Median.of(values);

        assertThat(values).containsExactly(3, 1, 2);
    }

    @Test
    void noValueHasNoMedian() {
        assertThatThrownBy(Median::of).isInstanceOf(IllegalArgumentException.class);
    }
}
