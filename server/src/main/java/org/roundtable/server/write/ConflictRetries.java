package org.roundtable.server.write;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/**
 * Carries a write out again when it lost a race for its partnership's next sequence, up to
 * {@code roundtable.commands.max-attempts} attempts. Writes through the HTTP API take turns on their
 * partnership and so do not race each other, on one instance or several; a writer that bypasses the turns
 * (a tool writing to the store) still can. Each attempt starts over, in a new transaction, from the
 * partnership as stored; only when every attempt lost does the client get 409 CONCURRENT_MODIFICATION.
 */
public final class ConflictRetries {

    /** The first pause; each later one may be up to twice as long, "full jitter" so that racers spread out. */
    private static final long FIRST_PAUSE_MILLIS = 2;

    private static final long LONGEST_PAUSE_MILLIS = 100;

    private final int maxAttempts;

    ConflictRetries(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /** {@code write}'s result, from the first attempt that did not lose a race; it is told each attempt's number. */
    <T> T run(IntFunction<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.apply(attempt);
            } catch (RuntimeException failure) {
                if (!triesAgainAfter(attempt) || !TransientFailures.isLostRace(failure)) {
                    throw failure;
                }
                pauseAfter(attempt);
            }
        }
    }

    /** Whether attempt {@code attempt} (from 1) is followed by another if it loses its race. */
    boolean triesAgainAfter(int attempt) {
        return attempt < maxAttempts;
    }

    private static void pauseAfter(int attempt) {
        long ceiling = Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(attempt, 20));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted between attempts of a write", e);
        }
    }
}
