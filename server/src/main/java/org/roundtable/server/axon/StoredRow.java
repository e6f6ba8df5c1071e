package org.roundtable.server.axon;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/** An appended event as its row of the event table stores it, chain metadata and timestamp text included. */
record StoredRow(
        String eventIdentifier,
        String aggregateIdentifier,
        long sequenceNumber,
        String type,
        String timestamp,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        byte[] metaData) {

    /** The columns of {@link EventSchema#domainEventFields()}, one parameter each. */
    private static final int COLUMNS = 9;

    /** The INSERT texts made so far, by schema (the engine's one, by identity) and number of rows. */
    private static final Map<Insert, String> INSERTS = new ConcurrentHashMap<>();

    /** An INSERT's shape: the schema it writes to and how many rows it holds. */
    private record Insert(EventSchema schema, int rows) {}

    /**
     * The INSERT of {@code rows} rows, in the columns' order of {@link EventSchema#domainEventFields()}; made once
     * per shape, since every append of a write asks for it.
     */
    static String insertOf(EventSchema schema, int rows) {
        return INSERTS.computeIfAbsent(new Insert(schema, rows), StoredRow::textOf);
    }

    private static String textOf(Insert insert) {
        String row = "(" + String.join(",", Collections.nCopies(COLUMNS, "?")) + ")";
        return "INSERT INTO " + insert.schema().domainEventTable() + " ("
                + insert.schema().domainEventFields() + ") VALUES "
                + String.join(",", Collections.nCopies(insert.rows(), row));
    }

    /** Binds the row from parameter {@code first} on, and answers the parameter after it. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        statement.setString(first, eventIdentifier);
        statement.setString(first + 1, aggregateIdentifier);
        statement.setLong(first + 2, sequenceNumber);
        statement.setString(first + 3, type);
        statement.setString(first + 4, timestamp);
        statement.setString(first + 5, payloadType);
        statement.setString(first + 6, payloadRevision);
        statement.setBytes(first + 7, payload);
        statement.setBytes(first + 8, metaData);
        return first + COLUMNS;
    }
}
