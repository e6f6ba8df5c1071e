package org.roundtable.api.queries;

import java.math.BigDecimal;
import java.time.Instant;

/** A delivery recorded against a pledge. */
public record DeliveryView(BigDecimal amount, String note, Instant deliveredAt) {
}
