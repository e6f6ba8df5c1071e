package org.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final Figure VOTES = new Figure(312.4, "votes/s");
    private static final Figure INSERTS = new Figure(3_124, "inserts/s");

    @Test
    void aRateBelowItsTargetIsNotMet() {
        Result p1 = Measure.P1.compared(VOTES, "p50 11 ms", INSERTS);

        assertThat(p1.ratio()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p1.met()).isFalse();
        assertThat(Measure.P1
                        .compared(new Figure(1_562, "votes/s"), "", INSERTS)
                        .met())
                .isTrue();
    }

    @Test
    void aTimeAboveItsTargetIsNotMet() {
        assertThat(Measure.P3
                        .compared(new Figure(16, "ms"), "", new Figure(10, "ms"))
                        .met())
                .isFalse();
        assertThat(Measure.P3
                        .compared(new Figure(15, "ms"), "", new Figure(10, "ms"))
                        .met())
                .isTrue();
    }

    @Test
    void theTableShowsEachFigureWithItsBaselineRatioAndTarget() {
        Report report = new Report(
                Sizes.quick(),
                Instant.parse("2026-11-22T20:00:00Z"),
                Duration.ofSeconds(185),
                List.of("Machine: 2 cores."),
                List.of(
                        Measure.P1.compared(VOTES, "p50 11 ms", INSERTS),
                        Measure.P4.failed("java.lang.IllegalStateException: The rebuild failed | badly\nat once"),
                        new Result(Measure.P7, new Figure(95, "events/s"), "no OutOfMemoryError", null, true)));

        assertThat(report.markdown())
                .contains(
                        "# Roundtable benchmark, quick mode",
                        "Run 2026-11-22T20:00:00Z, 3 min 05 s.\n\nMachine: 2 cores.\n\n| id |",
                        "| P1 | " + Measure.P1.measures() + " | 312 votes/s (p50 11 ms) | 3,124 inserts/s: "
                                + Measure.P1.against() + " | 0.100 | ≥ 0.500 × | **no** |",
                        "| P4 | " + Measure.P4.measures()
                                + " | **failed**: java.lang.IllegalStateException: The rebuild failed"
                                + " \\| badly at once | — | — | ≥ 0.300 × | **no** |",
                        "| P7 | " + Measure.P7.measures()
                                + " | 95.0 events/s (no OutOfMemoryError) | — | — | no OutOfMemoryError" + " | yes |");
        assertThat(report.complete()).isFalse();
    }
}
