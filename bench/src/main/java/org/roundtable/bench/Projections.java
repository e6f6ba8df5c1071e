package org.roundtable.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The server's views as {@code /actuator/projections} shows and rebuilds them, seen by an administrator.
 * It asks once a second: a rebuild's duration is timed by the server's own clock, so asking more often
 * would only take CPU from the rebuild it measures.
 */
final class Projections {

    private static final String PATH = "/actuator/projections";
    private static final Duration POLL = Duration.ofSeconds(1);

    private final BenchClient admin;
    private final BooleanSupplier serverAlive;

    /** {@code serverAlive} tells a server that died (of an OutOfMemoryError, say) from one that is slow. */
    Projections(BenchClient admin, BooleanSupplier serverAlive) {
        this.admin = admin;
        this.serverAlive = serverAlive;
    }

    /** Returns once every view has applied every stored event. */
    void awaitCaughtUp(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!caughtUp(status())) {
            if (System.nanoTime() - deadline >= 0) {
                throw new IllegalStateException("The views did not catch up within " + timeout + ": " + status());
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static boolean caughtUp(JsonNode status) {
        for (JsonNode processor : status.path("processors")) {
            if (!"RUNNING".equals(processor.path("state").asText())
                    || processor.path("behind").asLong(-1) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rebuilds every view and answers how long it took by the server's own clock: from the request until it
     * found every view complete again, which it checks every 50 ms.
     */
    Duration rebuild(Duration timeout) throws InterruptedException {
        long deadline = admin.post(PATH, "{}").expect(202).sentNanos() + timeout.toNanos();
        while (true) {
            Thread.sleep(POLL.toMillis());
            JsonNode rebuild = status().path("rebuild");
            switch (rebuild.path("state").asText()) {
                case "FINISHED" -> {
                    return Duration.ofMillis(Math.round(rebuild.path("seconds").asDouble() * 1000));
                }
                case "FAILED" -> throw new IllegalStateException("The rebuild failed: " + rebuild.path("failure"));
                default -> {
                    if (System.nanoTime() - deadline >= 0) {
                        throw new IllegalStateException(
                                "The rebuild did not finish within " + timeout + ": " + rebuild);
                    }
                }
            }
        }
    }

    private JsonNode status() {
        try {
            return admin.get(PATH).expect(200).json();
        } catch (RuntimeException e) {
            if (!serverAlive.getAsBoolean()) {
                throw new ServerDied(e);
            }
            throw e;
        }
    }

    /** The server stopped answering because its process ended. */
    static final class ServerDied extends RuntimeException {

        ServerDied(Throwable cause) {
            super("The server died", cause);
        }
    }
}
