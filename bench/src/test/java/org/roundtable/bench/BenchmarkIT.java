package org.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Quick mode end to end, as CI runs it: the server's jar on the benchmark's own PostgreSQL. It asserts
 * that every measurement produced its figures and that the server at -Xmx256m did not run out of memory;
 * never a ratio, since the machines it runs on are shared and noisy.
 */
class BenchmarkIT {

    @Test
    void quickModeProducesEveryFigure() throws Exception {
        Report report = Benchmark.run(
                Sizes.quick(),
                Path.of(System.getProperty("roundtable.bench.server-jar")),
                Path.of(System.getProperty("roundtable.bench.results")));

        assertThat(report.results()).extracting(Result::measure).containsExactly(Measure.values());
        assertThat(report.results()).allSatisfy(result -> {
            assertThat(result.measured())
                    .as("%s: %s", result.measure(), result.detail())
                    .isNotNull();
            assertThat(result.measured().value())
                    .as("%s", result.measure())
                    .isFinite()
                    .isPositive();
            if (result.measure().target() != null) {
                assertThat(result.baseline())
                        .as("baseline of %s", result.measure())
                        .isNotNull();
                assertThat(result.ratio())
                        .as("ratio of %s", result.measure())
                        .isFinite()
                        .isPositive();
            }
        });
        assertThat(report.results())
                .filteredOn(result -> result.measure() == Measure.P7)
                .singleElement()
                .satisfies(p7 -> assertThat(p7.met())
                        .as("P7 without OutOfMemoryError: %s", p7.detail())
                        .isTrue());
    }
}
