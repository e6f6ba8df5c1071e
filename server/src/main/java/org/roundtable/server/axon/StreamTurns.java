package org.roundtable.server.axon;

import java.sql.ResultSet;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.stereotype.Component;

/**
 * A stream's turn among server instances: a PostgreSQL advisory lock held until the write's transaction
 * ends, taken together with a read of the stream's last sequence number, which the write's receipt keeps
 * for the cache's check ({@link StoreCheckedCache}) and for the write's answer. Both statements go to
 * PostgreSQL in one round trip, the read after the lock: each statement of the pair reads what was committed
 * when it began, so the read sees every write that held the turn before this one.
 */
@Component
public class StreamTurns {

    /** The turn's lock, held until the transaction ends: its two keys are the statement's parameters. */
    static final String LOCK = "SELECT pg_advisory_xact_lock(?, ?)";

    private final JdbcTemplate jdbc;
    private final AppendReceipts receipts;
    private final String lockAndReadLast;

    StreamTurns(JdbcTemplate jdbc, AppendReceipts receipts, EventSchema schema) {
        this.jdbc = jdbc;
        this.receipts = receipts;
        this.lockAndReadLast = LOCK + "; SELECT max(" + schema.sequenceNumberColumn() + ") FROM "
                + schema.domainEventTable() + " WHERE " + schema.aggregateIdentifierColumn() + " = ?";
    }

    /**
     * Waits for the turn of {@code stream}, the two-key advisory lock ({@code lockSpace}, {@code lockKey}),
     * in the current transaction, and notes how long the stream is then on the write's receipt.
     */
    public void take(String stream, int lockSpace, int lockKey) {
        Optional<Long> last = jdbc.execute(lockAndReadLast, (PreparedStatementCallback<Optional<Long>>) statement -> {
            statement.setInt(1, lockSpace);
            statement.setInt(2, lockKey);
            statement.setString(3, stream);
            statement.execute();
            if (!statement.getMoreResults()) {
                throw new IllegalStateException("PostgreSQL answered the turn's lock without the stream's length");
            }
            try (ResultSet rows = statement.getResultSet()) {
                rows.next();
                long lastSequenceNumber = rows.getLong(1);
                return rows.wasNull() ? Optional.empty() : Optional.of(lastSequenceNumber);
            }
        });
        receipts.recordStored(stream, last);
    }
}
