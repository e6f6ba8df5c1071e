package org.roundtable.server.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;
import org.roundtable.server.support.Api;
import org.roundtable.testsupport.PrivateCluster;

/**
 * The views' processors as the servers report them at {@code /actuator/projections}, each server
 * for the segments it has claimed: waiting for them to apply every stored event, and rebuilding them.
 */
final class Projections {

    static final String ENDPOINT = "/actuator/projections";

    /**
     * A bound against a hung test, not an expectation: after a kill -9 the restarted server waits out
     * the dead one's token claims (the claim timeout) before it resumes, and a rebuild replays a few
     * thousand events, which has taken 58 s on a two-core machine busy with other builds.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    private Projections() {}

    /**
     * Waits until every segment of every processor is claimed by one of {@code servers} and running at
     * the head of the store, so that the views show every stored event.
     */
    static void awaitCaughtUp(PrivateCluster database, List<ServerInstance> servers) {
        awaitShown(
                "every view caught up on "
                        + servers.stream().map(ServerInstance::name).toList(),
                () -> statuses(servers),
                statuses -> caughtUp(segmentCounts(database), statuses));
    }

    /**
     * Rebuilds every view on {@code server}, the only one running, and waits until the rebuild has
     * finished and every view follows the store again; answers how long that took.
     */
    static Duration rebuild(PrivateCluster database, ServerInstance server) {
        long started = System.nanoTime();
        Api admin = server.api().as(Api.ADMIN);
        Api.Response answer = admin.send("POST", ENDPOINT, null, null);
        assertThat(answer.status()).as("rebuild answered %s", answer.body()).isEqualTo(202);
        awaitShown(
                "the rebuild finished on " + server.name(),
                () -> List.of(status(server)),
                statuses ->
                        statuses.get(0).path("rebuild").path("state").asText().equals("FINISHED")
                                && caughtUp(segmentCounts(database), statuses));
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * The rows of every view as they stand now against the rows a rebuild on {@code server}, the only one
     * running, makes of the same events; notes the row count and the rebuild's time in {@code figures}.
     */
    static List<String> differencesFromRebuild(PrivateCluster database, ServerInstance server, Figures figures)
            throws SQLException {
        ViewRows before = ViewRows.of(database);
        Duration rebuild = rebuild(database, server);
        figures.note("view-rows", before.rowCount()).note("rebuild-ms", rebuild.toMillis());
        return before.differencesFrom(ViewRows.of(database));
    }

    @FunctionalInterface
    private interface Check {
        boolean test(List<JsonNode> statuses) throws SQLException;
    }

    /** Polls the servers' statuses until {@code done}; a timeout tells what they showed last. */
    private static void awaitShown(String what, Supplier<List<JsonNode>> statuses, Check done) {
        AtomicReference<List<JsonNode>> shown = new AtomicReference<>();
        try {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
                shown.set(statuses.get());
                return done.test(shown.get());
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    "Not %s within %s; the servers showed last %s".formatted(what, PATIENCE, shown.get()), e);
        }
    }

    private static List<JsonNode> statuses(List<ServerInstance> servers) {
        return servers.stream().map(Projections::status).toList();
    }

    private static JsonNode status(ServerInstance server) {
        Api.Response response = server.api().as(Api.ADMIN).get(ENDPOINT);
        assertThat(response.status())
                .as("%s of %s answered %s", ENDPOINT, server.name(), response.body())
                .isEqualTo(200);
        return response.json();
    }

    private static boolean caughtUp(Map<String, Integer> segmentCounts, List<JsonNode> statuses) {
        Map<String, Set<Integer>> claimed = new HashMap<>();
        for (JsonNode status : statuses) {
            for (JsonNode processor : status.path("processors")) {
                if (processor.path("segments").isEmpty()) {
                    continue;
                }
                if (!processor.path("state").asText().equals("RUNNING")
                        || processor.path("behind").asLong(-1) != 0) {
                    return false;
                }
                Set<Integer> segments =
                        claimed.computeIfAbsent(processor.path("name").asText(), name -> new HashSet<>());
                processor.path("segments").forEach(segment -> segments.add(segment.asInt()));
            }
        }
        return !segmentCounts.isEmpty()
                && segmentCounts.entrySet().stream()
                        .allMatch(processor -> claimed.getOrDefault(processor.getKey(), Set.of())
                                        .size()
                                == processor.getValue());
    }

    /** How many segments each processor's token has, as the token store holds them. */
    private static Map<String, Integer> segmentCounts(PrivateCluster database) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT processor_name, count(*) FROM token_entry GROUP BY processor_name")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    /** Which server holds each processor's segments now, e.g. {decisions=[a, b]}, from the token store. */
    static Map<String, List<String>> claimOwners(PrivateCluster database, List<ServerInstance> servers)
            throws SQLException {
        Map<String, List<String>> owners = new TreeMap<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT processor_name, segment, owner FROM token_entry ORDER BY processor_name, segment")) {
            while (rows.next()) {
                String owner = rows.getString(3);
                String server = servers.stream()
                        .filter(instance -> owner != null && owner.startsWith(instance.pid() + "@"))
                        .map(ServerInstance::name)
                        .findFirst()
                        .orElse(owner == null ? "nobody" : owner);
                owners.computeIfAbsent(rows.getString(1), name -> new ArrayList<>())
                        .add(server);
            }
        }
        return owners;
    }
}
