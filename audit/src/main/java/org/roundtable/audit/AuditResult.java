package org.roundtable.audit;

import jakarta.annotation.Nullable;

/**
 * What re-checking a partnership's hash chain found.
 *
 * @param valid                whether every event checked is intact and in its place
 * @param eventsChecked        the events read, up to and including the first invalid one
 * @param firstInvalidSequence the sequence of the first event that is altered, missing or out of place; null when valid
 * @param reason               what is wrong with that event, for a person; null when valid
 * @param lastHash             the hash of the last intact event, to compare with a later audit; null when none is
 */
public record AuditResult(
        boolean valid,
        long eventsChecked,
        @Nullable Long firstInvalidSequence,
        @Nullable String reason,
        @Nullable String lastHash) {}
