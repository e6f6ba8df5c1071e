package org.roundtable.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A run's results as a Markdown table, with what the reader needs to weigh them: when and where it ran,
 * on how much data, and how long it took.
 *
 * @param sizes   the mode and its sizes
 * @param started when the run began
 * @param took    how long it ran
 * @param setting the machine, the database and the data set, one line each
 * @param results one row per measurement, P1 to P8
 */
record Report(Sizes sizes, Instant started, Duration took, List<String> setting, List<Result> results) {

    /** Whether every measurement produced its figure (whatever the targets). */
    boolean complete() {
        return results.stream().allMatch(result -> result.measured() != null);
    }

    String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("# Roundtable benchmark, %s mode\n\n".formatted(sizes.mode()));
        text.append("Run %s, %d min %02d s.\n"
                .formatted(started.truncatedTo(ChronoUnit.SECONDS), took.toMinutes(), took.toSecondsPart()));
        setting.forEach(line -> text.append('\n').append(line).append('\n'));
        text.append("\n| id | measures | measured | baseline | ratio | target | met? |\n");
        text.append("|---|---|---|---|---|---|---|\n");
        for (Result result : results) {
            Measure measure = result.measure();
            text.append("| %s | %s | %s | %s | %s | %s | %s |\n"
                    .formatted(
                            measure,
                            measure.measures(),
                            result.measured() == null
                                    ? "**failed**: " + oneLine(result.detail())
                                    : "%s (%s)".formatted(result.measured().formatted(), result.detail()),
                            result.baseline() == null ? "—" : result.baseline().formatted() + ": " + measure.against(),
                            Double.isNaN(result.ratio()) ? "—" : Figure.number(result.ratio()),
                            measure.target() == null
                                    ? "no OutOfMemoryError"
                                    : measure.target().formatted(),
                            result.met() ? "yes" : "**no**"));
        }
        return text.toString();
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace("|", "\\|");
    }
}
