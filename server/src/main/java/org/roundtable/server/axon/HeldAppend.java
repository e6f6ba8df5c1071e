package org.roundtable.server.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.modelling.command.ConcurrencyException;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * A write's chained events, held back from the store until the write commits, so that they go to PostgreSQL
 * with the commit in one round trip: {@code INSERT …; COMMIT}, or, when nothing else of the transaction was
 * sent, the INSERT alone as a transaction of its own. Sent at the append, as Axon sends them, the events and
 * the commit were two round trips of a vote's three. The transaction is over once the statement returns, so
 * the driver's commit that follows sends nothing; if the statement fails, the commit did not happen unless
 * the connection broke after it, which the write finds out as for any commit cut off.
 */
public final class HeldAppend {

    private final String insert;
    private final List<StoredRow> rows;
    private final PersistenceExceptionResolver duplicates;
    /** The stream's turn, taken first; null when the write has it already. */
    private final TurnLock turn;

    HeldAppend(EventSchema schema, List<StoredRow> rows, PersistenceExceptionResolver duplicates) {
        this(StoredRow.insertOf(schema, rows.size()), List.copyOf(rows), duplicates, null);
    }

    private HeldAppend(String insert, List<StoredRow> rows, PersistenceExceptionResolver duplicates, TurnLock turn) {
        this.insert = insert;
        this.rows = rows;
        this.duplicates = duplicates;
        this.turn = turn;
    }

    /**
     * The same events, sent after taking the two-key advisory lock ({@code lockSpace}, {@code lockKey}) in the
     * same round trip, for a write that decided without taking its stream's turn ({@link StreamTurns}) first.
     */
    HeldAppend inTurn(int lockSpace, int lockKey) {
        return new HeldAppend(insert, rows, duplicates, new TurnLock(lockSpace, lockKey));
    }

    /**
     * Sends the events and commits the write's transaction, in one round trip. When they are all the
     * transaction holds, they go as a statement of their own: the driver sends the BEGIN of a transaction as
     * a message of its own, written to the socket before the statement, which woke PostgreSQL's backend
     * twice for each vote; PostgreSQL runs the statements of one round trip that no BEGIN opened as one
     * transaction, committed before it answers.
     */
    public void sendWithCommit(Connection connection) throws SQLException {
        if (connection.getAutoCommit()) {
            execute(connection, statement());
        } else if (connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE) {
            execute(connection, statement() + "; COMMIT");
        } else {
            connection.setAutoCommit(true);
            try {
                execute(connection, statement());
            } finally {
                connection.setAutoCommit(false);
            }
        }
    }

    /** Sends the events in the write's transaction, for a write that appends again before it commits. */
    void send(Connection connection) throws SQLException {
        execute(connection, statement());
    }

    /** The INSERT, after the turn's lock if the write takes its turn with it. */
    private String statement() {
        return turn == null ? insert : StreamTurns.LOCK + "; " + insert;
    }

    private void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            if (turn != null) {
                statement.setInt(parameter++, turn.space());
                statement.setInt(parameter++, turn.key());
            }
            for (StoredRow row : rows) {
                parameter = row.bind(statement, parameter);
            }
            statement.execute();
        } catch (SQLException failure) {
            if (duplicates.isDuplicateKeyViolation(failure)) {
                // As Axon reports it when it sends the events itself: another writer took the sequence first.
                throw new ConcurrencyException(
                        "An event of stream %s was stored at the same sequence first"
                                .formatted(rows.get(0).aggregateIdentifier()),
                        failure);
            }
            throw failure;
        }
    }

    /** The two keys of a stream's advisory lock. */
    private record TurnLock(int space, int key) {}
}
