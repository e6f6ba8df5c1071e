package org.roundtable.server.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.events.EventTypes;
import org.roundtable.audit.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a partnership's events as the event store keeps them, oldest first, in constant memory: one
 * query through a cursor that fetches {@code roundtable.audit.fetch-size} rows at a time. PostgreSQL
 * streams a result only inside a transaction, hence the read-only one around it.
 */
@Component
class StoredEvents {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final String existsQuery;
    private final String streamQuery;

    StoredEvents(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            EventSchema schema,
            AuditSettings settings) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(settings.fetchSize());
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.existsQuery = "SELECT EXISTS (SELECT 1 FROM %s WHERE %s = ?)"
                .formatted(schema.domainEventTable(), schema.aggregateIdentifierColumn());
        this.streamQuery = "SELECT %s, %s, %s, %s, %s FROM %s WHERE %s = ? ORDER BY %s"
                .formatted(
                        schema.sequenceNumberColumn(),
                        schema.payloadTypeColumn(),
                        schema.timestampColumn(),
                        schema.payloadColumn(),
                        schema.metaDataColumn(),
                        schema.domainEventTable(),
                        schema.aggregateIdentifierColumn(),
                        schema.sequenceNumberColumn());
    }

    /** Whether the partnership has a stored event, that is whether it was ever formed. */
    boolean exist(PartnershipId partnershipId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(existsQuery, Boolean.class, partnershipId.toString()));
    }

    /** Hands the partnership's events to {@code reader}, oldest first, for as long as it answers true. */
    void readWhile(PartnershipId partnershipId, Predicate<StoredEvent> reader) {
        readOnly.executeWithoutResult(status -> jdbc.query(
                streamQuery,
                (ResultSet rows) -> {
                    boolean reading = true;
                    while (reading && rows.next()) {
                        reading = reader.test(storedEvent(rows));
                    }
                    return null;
                },
                partnershipId.toString()));
    }

    /** Axon numbers a stream from 0, the chain and the API from 1; the chain hashes a type's stable name. */
    private static StoredEvent storedEvent(ResultSet row) throws SQLException {
        return new StoredEvent(
                row.getLong(1) + 1,
                EventTypes.nameOf(row.getString(2)),
                row.getString(3),
                new String(row.getBytes(4), UTF_8),
                text(row.getBytes(5)));
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, UTF_8);
    }
}
