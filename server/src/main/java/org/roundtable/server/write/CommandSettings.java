package org.roundtable.server.write;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How writes are carried out ({@code roundtable.commands.*}); defaults in application.yml.
 *
 * @param maxAttempts     attempts of a write that loses the race for its partnership's next sequence to a
 *                        writer that bypassed the partnership's turn; after the last, 409
 *                        CONCURRENT_MODIFICATION
 * @param turnPatience    how long a write waits for the writes queued ahead of it on its partnership before
 *                        it is answered 503 PARTNERSHIP_BUSY
 * @param actsAtOnce      how many writes, on any partnerships, this instance carries out at once at most;
 *                        0 for three per processor core
 * @param outcomePatience how long a write whose commit failed keeps asking the database whether it was
 *                        stored before it is answered 503 OUTCOME_UNKNOWN
 */
@Validated
@ConfigurationProperties("roundtable.commands")
public record CommandSettings(
        @Min(1) int maxAttempts,
        @NotNull @DurationMin(millis = 1) Duration turnPatience,
        @Min(0) int actsAtOnce,
        @NotNull @DurationMin(millis = 1) Duration outcomePatience) {

    /** The writes carried out at once at most: as set, or three per processor core. */
    public int writesAtOnce() {
        return actsAtOnce > 0 ? actsAtOnce : 3 * Runtime.getRuntime().availableProcessors();
    }
}
