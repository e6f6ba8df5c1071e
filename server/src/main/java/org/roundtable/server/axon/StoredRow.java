package org.roundtable.server.axon;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
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

    /** The INSERT of {@code rows} rows, in the columns' order of {@link EventSchema#domainEventFields()}. */
    static String insertOf(EventSchema schema, int rows) {
        String row = "(" + String.join(",", Collections.nCopies(COLUMNS, "?")) + ")";
        return "INSERT INTO " + schema.domainEventTable() + " (" + schema.domainEventFields() + ") VALUES "
                + String.join(",", Collections.nCopies(rows, row));
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
