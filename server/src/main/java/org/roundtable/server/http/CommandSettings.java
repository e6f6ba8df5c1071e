package org.roundtable.server.http;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How writes are carried out ({@code roundtable.commands.*}); defaults in application.yml.
 *
 * @param maxAttempts     attempts of a write that loses the race for its partnership's next sequence to a
 *                        writer that bypassed the partnership's turn; after the last, 409
 *                        CONCURRENT_MODIFICATION
 * @param turnPatience    how long a write waits for the writes queued ahead of it on its partnership before
 *                        it is answered 503 PARTNERSHIP_BUSY
 * @param outcomePatience how long a write whose commit failed keeps asking the database whether it was
 *                        stored before it is answered 503 OUTCOME_UNKNOWN
 */
@ConfigurationProperties("roundtable.commands")
record CommandSettings(int maxAttempts, Duration turnPatience, Duration outcomePatience) {

    CommandSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("roundtable.commands.max-attempts must be at least 1");
        }
        requirePositive("turn-patience", turnPatience);
        requirePositive("outcome-patience", outcomePatience);
    }

    private static void requirePositive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("roundtable.commands." + key + " must be a positive duration");
        }
    }
}
