package org.roundtable.server.read;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How a read given {@code ?minSequence=} waits for its view ({@code roundtable.read-your-writes.*}).
 *
 * @param timeout how long it waits for the view to reach the sequence before it answers 503 VIEW_BEHIND
 */
@Validated
@ConfigurationProperties("roundtable.read-your-writes")
public record ReadYourWritesSettings(
        @NotNull @DurationMin(millis = 1) Duration timeout) {}
