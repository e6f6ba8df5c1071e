package org.roundtable.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the benchmark and writes its table. From the repository root, after
 * {@code ./mvnw -q -DskipTests package}:
 * <pre>java -jar bench/target/roundtable-bench.jar [--quick] [--server-jar=PATH] [--results=DIRECTORY]</pre>
 * Full mode by default; {@code --quick} runs the same code paths on 1/250 of the data. Each run writes
 * {@code <results>/<timestamp>/results.md} with the servers' logs beside it, and copies the table to
 * {@code <results>/latest.md}. The exit status is 1 if a measurement produced no figure, whatever the targets.
 */
public final class Benchmark {

    private static final DateTimeFormatter RUN_NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        Sizes sizes = Sizes.full();
        Path serverJar =
                Path.of(System.getProperty("roundtable.bench.server-jar", "server/target/roundtable-server.jar"));
        Path results = Path.of(System.getProperty("roundtable.bench.results", "bench/results"));
        for (String arg : args) {
            if (arg.equals("--quick")) {
                sizes = Sizes.quick();
            } else if (arg.equals("--full")) {
                sizes = Sizes.full();
            } else if (arg.startsWith("--server-jar=")) {
                serverJar = Path.of(arg.substring("--server-jar=".length()));
            } else if (arg.startsWith("--results=")) {
                results = Path.of(arg.substring("--results=".length()));
            } else {
                System.err.println("Usage: java -jar bench/target/roundtable-bench.jar [--quick|--full]"
                        + " [--server-jar=PATH] [--results=DIRECTORY]");
                System.exit(2);
            }
        }
        Report report = run(sizes, serverJar, results);
        System.out.println();
        System.out.println(report.markdown());
        System.exit(report.complete() ? 0 : 1);
    }

    /** Runs every measurement in {@code sizes}' mode and writes the table under {@code results}. */
    static Report run(Sizes sizes, Path serverJar, Path results) throws Exception {
        if (!Files.isRegularFile(serverJar)) {
            throw new IllegalArgumentException("No server jar at " + serverJar.toAbsolutePath() + ": build it with "
                    + "./mvnw -q -DskipTests package from the repository root, or name it with --server-jar=");
        }
        Instant started = Instant.now();
        Path run = Files.createDirectories(results.resolve(RUN_NAME.format(started)));
        List<String> setting = new ArrayList<>();
        List<Result> measured = new ArrayList<>();
        progress("%s mode; files in %s", sizes.mode(), run);
        try (BenchDatabase database = BenchDatabase.open()) {
            ServerSettings settings = ServerSettings.on(database);
            progress("generating about %,d events on %s", sizes.totalEvents(), database.describe());
            DataSet data = HistoryGenerator.generate(settings, sizes);
            setting.add("Machine: %d cores, Java %s; %s, fsync and synchronous_commit on."
                    .formatted(
                            Runtime.getRuntime().availableProcessors(),
                            System.getProperty("java.version"),
                            database.describe()));
            setting.add(("Data: %,d events in %d partnerships (and %d aggregate snapshots), generated in %s s; the long"
                            + " history %,d events and %d partners, the short one %,d events, the fresh one %,d events.")
                    .formatted(
                            data.events(),
                            data.all().size(),
                            data.snapshots(),
                            seconds(started),
                            data.longHistory().events(),
                            data.longHistory().partners().size(),
                            data.shortHistory().events(),
                            data.fresh().events()));
            setting.add(("Warm-up and medians: the loads (P1, its baseline, P2, P8) %s, for rates and"
                            + " latencies alike%s; P4 the median of %d rebuilds after an untimed one; the raw reads"
                            + " (P4, P6) and P6's audits the median of %d passes.")
                    .formatted(
                            sizes.load().formatted(),
                            sizes.serverWarmUp().isZero()
                                    ? ""
                                    : "; P1's votes, the server's first HTTP load, warmed up for at least %s s first"
                                            .formatted(Figure.number(
                                                    sizes.serverWarmUp().toSeconds())),
                            sizes.rebuilds(),
                            sizes.passes()));
            RebuildSpeed rebuilds = new RebuildSpeed(database, sizes);
            try (ServerProcess server = ServerProcess.start(serverJar, settings, null, run.resolve("server.log"))) {
                VotingLoad voting = new VotingLoad(server, database, data, sizes);
                HistoryCost history = new HistoryCost(server, data, sizes);
                // First: the generator stored events only, and P4's first rebuild is what builds the views.
                measure(measured, Measure.P4, () -> rebuilds.measure(server));
                Result p1 = measure(measured, Measure.P1, voting::votes);
                measure(measured, Measure.P2, voting::lag);
                measure(measured, Measure.P8, () -> new ForumVote(server, sizes).measure(p1));
                measure(measured, Measure.P3, history::votes);
                measure(measured, Measure.P5, history::reports);
                measure(measured, Measure.P9, history::trends);
                measure(measured, Measure.P10, history::proofs);
                measure(measured, Measure.P6, new AuditSpeed(server, database, data, sizes)::measure);
            }
            measure(
                    measured,
                    Measure.P7,
                    () -> rebuilds.measureInSmallHeap(serverJar, settings, run.resolve("server-256m.log")));
        }
        measured.sort(Comparator.comparing(Result::measure));
        Report report = new Report(sizes, started, Duration.between(started, Instant.now()), setting, measured);
        Files.writeString(run.resolve("results.md"), report.markdown());
        Files.copy(run.resolve("results.md"), results.resolve("latest.md"), StandardCopyOption.REPLACE_EXISTING);
        progress("done in %s s; table in %s", seconds(started), run.resolve("results.md"));
        return report;
    }

    /** One measurement; a failure is recorded in its row and the run goes on with the next. */
    private interface Measurement {
        Result run() throws Exception;
    }

    private static Result measure(List<Result> results, Measure measure, Measurement measurement) {
        progress("%s: %s", measure, measure.measures());
        Result result;
        try {
            result = measurement.run();
        } catch (Exception e) {
            e.printStackTrace();
            result = measure.failed(e.toString());
        }
        progress(
                "%s: %s",
                measure,
                result.measured() == null
                        ? "failed: " + result.detail()
                        : result.measured().formatted() + " (" + result.detail() + ")"
                                + (Double.isNaN(result.ratio()) ? "" : ", ratio " + Figure.number(result.ratio())));
        results.add(result);
        return result;
    }

    /** A line on the console, so that a long run shows where it is. */
    static void progress(String format, Object... arguments) {
        System.out.printf(
                "[bench %s] %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS), format.formatted(arguments));
    }

    private static String seconds(Instant since) {
        return Figure.number(Duration.between(since, Instant.now()).toMillis() / 1000.0);
    }
}
