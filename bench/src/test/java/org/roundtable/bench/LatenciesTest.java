package org.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRanks() {
        Latencies latencies = new Latencies();
        // 1 ms to 200 ms, recorded out of order
        for (int millis = 200; millis >= 1; millis--) {
            latencies.record(millis * 1_000_000L);
        }

        assertThat(latencies.count()).isEqualTo(200);
        // rank ceil(0.5 × 200) = 100, rank ceil(0.99 × 200) = 198
        assertThat(latencies.p50()).isEqualTo(100.0);
        assertThat(latencies.p99()).isEqualTo(198.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(200.0);
    }

    @Test
    void oneDurationIsEveryPercentile() {
        Latencies latencies = new Latencies();
        latencies.record(2_500_000);

        assertThat(latencies.percentileMillis(1)).isEqualTo(2.5);
        assertThat(latencies.p99()).isEqualTo(2.5);
    }

    @Test
    void noDurationHasNoPercentile() {
        assertThatThrownBy(() -> new Latencies().p50()).isInstanceOf(IllegalStateException.class);
    }
}
