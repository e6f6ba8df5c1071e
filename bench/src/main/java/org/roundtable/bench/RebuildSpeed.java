package org.roundtable.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * P4 and P7: the server's rebuild of every view ({@code POST /actuator/projections}), from the request
 * until the server reports every view complete again, in events of the store per second. P4 is the first
 * build of the views on the generated store, which the generator leaves unprojected; P7 rebuilds them
 * once more, in a server with a small heap.
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
     * P4, on a server just started on the generated store, against a raw read of the whole event table. The
     * read comes after the rebuild, so that it does not compete with the views' first catching up.
     */
    Result measure(ServerProcess server) throws Exception {
        long events = storedEvents();
        Duration took = new Projections(server.settings().admin(), server::isAlive).rebuild(TIMEOUT);
        Figure baseline = RawReads.store(database, sizes.passes());
        return Measure.P4.compared(
                rate(events, took),
                "%,d events, every view rebuilt in %s s".formatted(events, Figure.number(took.toMillis() / 1000.0)),
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
                Duration took = projections.rebuild(TIMEOUT);
                boolean outOfMemory = server.ranOutOfMemory();
                return new Result(
                        Measure.P7,
                        rate(events, took),
                        "%,d events rebuilt in %s s; %s"
                                .formatted(
                                        events,
                                        Figure.number(took.toMillis() / 1000.0),
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

    private static Figure rate(long events, Duration took) {
        return new Figure(events / (took.toNanos() / 1e9), "events/s");
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
