package org.roundtable.api.queries;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;

/** A delivery recorded against a pledge. */
public record DeliveryView(BigDecimal amount, @Nullable String note, Instant deliveredAt) {}
