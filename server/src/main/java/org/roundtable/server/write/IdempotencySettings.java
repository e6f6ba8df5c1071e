package org.roundtable.server.write;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long answers to writes sent with an Idempotency-Key are remembered ({@code roundtable.idempotency.*}).
 *
 * @param retention     how long a key's answer is remembered and replayed to a repeat of the request
 * @param purgeInterval how often keys older than the retention are deleted
 */
@Validated
@ConfigurationProperties("roundtable.idempotency")
public record IdempotencySettings(
        @NotNull @DurationMin(seconds = 1) Duration retention,
        @NotNull @DurationMin(seconds = 1) Duration purgeInterval) {}
