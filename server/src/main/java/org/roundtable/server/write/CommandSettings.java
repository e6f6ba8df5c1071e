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
 * @param actsAtOnce      how many writes, on any partnerships, this instance begins at once at most
 *                        while a read waits for the views to show a write, or did a moment ago; 0 for one per processor core
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

    /**
     * The writes begun at once at most while a read waits for the views: as set, or one per processor core, so
     * that the views' processor and the waiting read find a core without queueing behind more writes.
     */
    public int writesAtOnce() {
        return actsAtOnce > 0 ? actsAtOnce : Runtime.getRuntime().availableProcessors();
    }
}
