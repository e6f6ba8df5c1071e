package org.roundtable.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * P4 and P7: the server's rebuild of every view ({@code POST /actuator/projections}), from the request
 * until the server reports every view complete again, in events of the store per second. P4 first builds the
 * views on the generated store, which the generator leaves unprojected, then times a few more rebuilds on the
 * server that the first has warmed up; P7 rebuilds them once more, in a server with a small heap.
 */
final class RebuildSpeed {

    private static final Duration TIMEOUT = Duration.ofHours(2);

    private final BenchDatabase database;
    private final Sizes sizes;

    RebuildSpeed(BenchDatabase database, Sizes sizes) {
        this.database = database;
        this.sizes = sizes;
    }

    /**
     * P4, on a server just started on the generated store: the median of the timed rebuilds against the median
     * of raw reads of the whole event table. The reads come after the rebuilds, so that they do not compete.
     */
    Result measure(ServerProcess server) throws Exception {
        long events = storedEvents();
        Projections projections = new Projections(server.settings().admin(), server::isAlive);
        // Untimed: the first rebuild runs on code the JIT has yet to compile, which a server running for days has.
        Duration first = projections.rebuild(TIMEOUT);
        double[] seconds = new double[sizes.rebuilds()];
        for (int rebuild = 0; rebuild < seconds.length; rebuild++) {
            seconds[rebuild] = seconds(projections.rebuild(TIMEOUT));
        }
        double median = Median.of(seconds);
        Figure baseline = RawReads.store(database, sizes.passes());
        return Measure.P4.compared(
                rate(events, median),
                "%,d events, every view rebuilt in %s s, the median of %s s, after a first of %s s that built the views"
                        .formatted(
                                events,
                                Figure.number(median),
                                Arrays.stream(seconds).mapToObj(Figure::number).collect(Collectors.joining(", ")),
                                Figure.number(seconds(first))),
                baseline);
    }

    /**
     * P7: a server started with a heap of 256 MB rebuilds every view; met if it neither logs an
     * OutOfMemoryError nor dies of one.
     */
    Result measureInSmallHeap(Path jar, ServerSettings settings, Path log) throws Exception {
        long events = storedEvents();
        try (ServerProcess server = ServerProcess.start(jar, settings, "256m", log)) {
            try {
                Projections projections = new Projections(server.settings().admin(), server::isAlive);
                // Every event written since P4 applied first, so that the rebuild is all the server does.
                projections.awaitCaughtUp(TIMEOUT);
                double took = seconds(projections.rebuild(TIMEOUT));
                boolean outOfMemory = server.ranOutOfMemory();
                return new Result(
                        Measure.P7,
                        rate(events, took),
                        "%,d events rebuilt in %s s; %s"
                                .formatted(
                                        events,
                                        Figure.number(took),
                                        outOfMemory ? "OutOfMemoryError in the server's log" : "no OutOfMemoryError"),
                        null,
                        !outOfMemory);
            } catch (Projections.ServerDied e) {
                boolean outOfMemory = server.ranOutOfMemory();
                return new Result(
                        Measure.P7,
                        null,
                        "the server died during the rebuild"
                                + (outOfMemory ? " of an OutOfMemoryError" : ":\n" + server.logTail()),
                        null,
                        false);
            }
        }
    }

    private static Figure rate(long events, double seconds) {
        return new Figure(events / seconds, "events/s");
    }

    private static double seconds(Duration took) {
        return took.toMillis() / 1000.0;
    }

    private long storedEvents() throws SQLException {
        try (Connection connection = database.connect();
                Statement count = connection.createStatement();
                ResultSet events = count.executeQuery("SELECT count(*) FROM domain_event_entry")) {
            events.next();
            return events.getLong(1);
        }
    }
}
