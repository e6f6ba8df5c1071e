package org.roundtable.server.fault;

import java.time.Duration;

/** Pauses of the test's own threads: between polls, between retries, until the next command is due. */
final class Waiting {

    private Waiting() {}

    /** Sleeps for {@code duration}; an interrupt ends the test. */
    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
