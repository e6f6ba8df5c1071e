package org.roundtable.server.write;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The answers remembered for idempotency keys, in the {@code idempotency_key} table. Every method joins
 * the caller's transaction, which is the one that stores the write's events: a key is remembered if and
 * only if its write was recorded.
 */
@Component
class IdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

    private final JdbcTemplate jdbc;
    private final Duration retention;
    private final Clock clock;

    IdempotencyKeys(JdbcTemplate jdbc, IdempotencySettings settings) {
        this.jdbc = jdbc;
        this.retention = settings.retention();
        this.clock = Clock.systemUTC();
    }

    /**
     * The answer already given to {@code request}'s key, waiting first for any other transaction that is
     * carrying out a request with the same key, so that of concurrent repeats exactly one writes. Empty
     * when the key is new (or expired): the caller writes and then {@link #remember}s. A key used for
     * another request is refused with 422.
     */
    Optional<RememberedAnswer> answerFor(IdempotentRequest request) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A key is claimed in the transaction of its write, or not at all");
        }
        jdbc.query("SELECT pg_advisory_xact_lock(?)", (ResultSetExtractor<Void>) rows -> null, request.lockNumber());
        return jdbc
                .query(
                        """
                        SELECT fingerprint, status, location, sequence, body FROM idempotency_key
                        WHERE user_name = ? AND key = ? AND created_at > ?""",
                        (row, number) -> {
                            if (!row.getString("fingerprint").equals(request.fingerprint())) {
                                throw new RuleViolation(
                                        ErrorCode.IDEMPOTENCY_KEY_REUSED,
                                        IdempotentRequest.HEADER,
                                        "This %s was used for another request (method, path or body) within the last %s"
                                                // "24h", as it is configured, rather than Duration's "PT24H"
                                                .formatted(
                                                        IdempotentRequest.HEADER,
                                                        retention
                                                                .toString()
                                                                .substring(2)
                                                                .toLowerCase()));
                            }
                            return new RememberedAnswer(
                                    row.getInt("status"),
                                    row.getString("location"),
                                    row.getLong("sequence"),
                                    row.getBytes("body"));
                        },
                        request.user(),
                        request.key(),
                        Timestamp.from(clock.instant().minus(retention)))
                .stream()
                .findFirst();
    }

    /** Remembers {@code answer} as the one to give {@code request}'s key, replacing an expired use of it. */
    void remember(IdempotentRequest request, RememberedAnswer answer) {
        jdbc.update(
                """
                        INSERT INTO idempotency_key (user_name, key, fingerprint, created_at, status, location, sequence, body)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (user_name, key) DO UPDATE SET fingerprint = excluded.fingerprint,
                            created_at = excluded.created_at, status = excluded.status, location = excluded.location,
                            sequence = excluded.sequence, body = excluded.body""",
                request.user(),
                request.key(),
                request.fingerprint(),
                Timestamp.from(clock.instant()),
                answer.status(),
                answer.location(),
                answer.sequence(),
                answer.body());
    }

    /** Forgets expired keys; every instance may run it, a delete twice deletes nothing more. */
    @Scheduled(
            fixedDelayString = "${roundtable.idempotency.purge-interval}",
            initialDelayString = "${roundtable.idempotency.purge-interval}")
    void forgetExpired() {
        int forgotten = jdbc.update(
                "DELETE FROM idempotency_key WHERE created_at <= ?",
                Timestamp.from(clock.instant().minus(retention)));
        if (forgotten > 0) {
            log.info("Forgot {} idempotency keys older than {}", forgotten, retention);
        }
    }
}
