package org.roundtable.server.projections;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the views follow the event store and are rebuilt ({@code roundtable.projections.*}).
 *
 * @param progressInterval how often a rebuild logs its progress
 * @param rebuildOnStart   true rebuilds every view once the server has started
 * @param segments         segments of the views' processor, and its threads on every instance
 * @param batchSize        events the views apply at most in one transaction
 * @param linger           how long the views' processor, having caught up, waits after a new event for others,
 *                         unless a reader waits for a view
 * @param readLinger       how long the event store's read of its tail, having caught up, waits after news of a
 *                         commit for others before it fetches, unless a reader waits for a view
 */
@Validated
@ConfigurationProperties("roundtable.projections")
public record ProjectionSettings(
        @NotNull @DurationMin(millis = 1) Duration progressInterval,
        boolean rebuildOnStart,
        @Min(1) int segments,
        @Min(1) int batchSize,
        @NotNull Duration linger,
        @NotNull Duration readLinger) {}
