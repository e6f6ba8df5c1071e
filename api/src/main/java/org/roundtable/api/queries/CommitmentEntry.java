package org.roundtable.api.queries;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PledgeId;

/**
 * One act of commitment: {@code type} is the event's type as the audit export names it
 * ({@code PledgeMade}), {@code sequence} its place in the stream; only the fields it has are present.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommitmentEntry(
        String type,
        Instant at,
        long sequence,
        @Nullable PartnerId partnerId,
        @Nullable Integer version,
        @Nullable PledgeId pledgeId,
        @Nullable BigDecimal amount,
        @Nullable String unit) {}
