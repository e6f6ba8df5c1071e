package org.roundtable.server.write;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.RuleViolation;
import org.roundtable.server.axon.AppendReceipts.Receipt;
import org.roundtable.server.axon.HeldAppend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

/**
 * The database transaction of one write, whose outcome is known before the client is answered. A failure
 * before the commit rolls everything back: nothing was stored. A commit that fails may still have been
 * carried out by the database (the connection broke after PostgreSQL committed and before it said so), so
 * the write's events are looked up once the database answers again: found, the write succeeded and is
 * answered so; not found, nothing was stored and the commit's failure stands. Only when the database cannot
 * be asked within the configured patience is the answer 503 OUTCOME_UNKNOWN.
 */
final class WriteTransaction {

    private static final Logger log = LoggerFactory.getLogger(WriteTransaction.class);
    private static final Duration PAUSE_BETWEEN_LOOKUPS = Duration.ofMillis(200);

    private final PlatformTransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final String eventLookup;
    private final Duration patience;

    /** @param patience how long a write whose commit failed keeps asking whether its events were stored */
    WriteTransaction(
            PlatformTransactionManager transactions, JdbcTemplate jdbc, EventSchema schema, Duration patience) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.eventLookup = "SELECT EXISTS (SELECT 1 FROM %s WHERE %s = ?)"
                .formatted(schema.domainEventTable(), schema.eventIdentifierColumn());
        this.patience = patience;
    }

    /**
     * {@code write}'s result once its transaction is committed; {@code receipt} notes what it appended, and
     * holds the events until the commit, which sends them ({@link HeldAppend}).
     */
    <T> T carryOut(Receipt receipt, Supplier<T> write) {
        TransactionStatus transaction = transactions.getTransaction(TransactionDefinition.withDefaults());
        receipt.holdAppendsUntilCommit();
        T result;
        try {
            result = write.get();
        } catch (RuntimeException | Error failure) {
            rollBack(transaction, failure);
            throw failure;
        }
        try {
            commit(transaction, receipt);
        } catch (RuntimeException commitFailed) {
            if (!storedDespite(commitFailed, receipt)) {
                throw commitFailed;
            }
        }
        return result;
    }

    /**
     * Sends the held events with PostgreSQL's COMMIT, then ends the transaction for Spring (and its
     * after-commit work), which sends nothing more: PostgreSQL's transaction is over. If the statement fails,
     * the transaction is rolled back for Spring too, so that nothing runs as if it had committed.
     */
    private void commit(TransactionStatus transaction, Receipt receipt) {
        Optional<HeldAppend> held = receipt.heldAppend();
        if (held.isPresent()) {
            try {
                jdbc.execute((ConnectionCallback<Void>) connection -> {
                    held.get().sendWithCommit(connection);
                    return null;
                });
            } catch (RuntimeException | Error failure) {
                rollBack(transaction, failure);
                throw failure;
            }
        }
        transactions.commit(transaction);
    }

    private void rollBack(TransactionStatus transaction, Throwable failure) {
        try {
            transactions.rollback(transaction);
        } catch (RuntimeException rollbackFailed) {
            // A rollback that fails leaves nothing behind either: PostgreSQL discards an unfinished transaction.
            failure.addSuppressed(rollbackFailed);
        }
    }

    /**
     * Whether the events of a write whose commit failed are in the store after all. All of a write's events
     * are committed together or not at all, so one of them tells.
     */
    private boolean storedDespite(RuntimeException commitFailed, Receipt receipt) {
        Optional<String> event = receipt.anyEventIdentifier();
        if (event.isEmpty()) {
            return false;
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                boolean stored = Boolean.TRUE.equals(jdbc.queryForObject(eventLookup, Boolean.class, event.get()));
                log.warn(
                        "The commit of a write failed ({}); its events were {}stored",
                        commitFailed.toString(),
                        stored ? "" : "not ");
                return stored;
            } catch (DataAccessException unreachable) {
                if (System.nanoTime() - deadline >= 0) {
                    log.warn(
                            "The commit of a write failed ({}) and the database could not be asked within {} "
                                    + "whether it was stored",
                            commitFailed.toString(),
                            patience);
                    throw new RuleViolation(
                            ErrorCode.OUTCOME_UNKNOWN,
                            null,
                            "The connection to the database broke "
                                    + "while this act was being committed, and the database has not answered since: the act "
                                    + "may have been recorded. Sending it again with the same Idempotency-Key is safe (it is "
                                    + "carried out at most once); without one, read the partnership first.");
                }
                pauseBeforeLookingAgain();
            }
        }
    }

    private static void pauseBeforeLookingAgain() {
        try {
            Thread.sleep(PAUSE_BETWEEN_LOOKUPS.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while finding out whether a write was stored", e);
        }
    }
}
