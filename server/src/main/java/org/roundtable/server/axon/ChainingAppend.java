package org.roundtable.server.axon;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.roundtable.api.events.EventTypes;
import org.roundtable.audit.ChainMetadata;
import org.roundtable.audit.HashChain;
import org.roundtable.server.axon.ChainHeads.Link;

/**
 * The INSERT of appended events, each with its link in the audit hash chain (SPEC section 7) in its
 * metadata: {@code partnershipId}, {@code sequence}, {@code previousHash}, {@code hash} and
 * {@code metaDataHash}. The chain is computed inside the append, on its connection and so in its
 * transaction, so no event is ever stored unchained; and it is computed over exactly the payload
 * bytes and the timestamp string this statement stores. Each aggregate stream is chained on its own;
 * a partnership's stream is its Partnership aggregate's, whose identifier is the partnership id.
 */
final class ChainingAppend implements AppendEventsStatementBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChainHeads heads;
    private final AppendReceipts receipts;
    private final PersistenceExceptionResolver duplicates;

    ChainingAppend(ChainHeads heads, AppendReceipts receipts, PersistenceExceptionResolver duplicates) {
        this.heads = heads;
        this.receipts = receipts;
        this.duplicates = duplicates;
    }

    /**
     * Like Axon's own statement, except that the timestamp is written as the string that was hashed; and that
     * for a write that holds its events until its commit ({@link HeldAppend}), the statement is empty, which
     * the driver executes without a word to PostgreSQL.
     */
    @Override
    public PreparedStatement build(
            Connection connection,
            EventSchema schema,
            Class<?> dataType,
            List<? extends EventMessage<?>> events,
            Serializer serializer,
            TimestampWriter unused)
            throws SQLException {
        if (dataType != byte[].class) {
            throw new IllegalStateException("The hash chain is computed over stored bytes, not " + dataType);
        }
        // Whatever this write held back so far goes first: the events below are chained onto the stored ones.
        receipts.sendHeld(connection);
        Map<String, Link> appended = new HashMap<>();
        List<StoredRow> rows = new ArrayList<>(events.size());
        for (EventMessage<?> message : events) {
            DomainEventMessage<?> event = asDomainEvent(message);
            String stream = event.getAggregateIdentifier();
            Link previous = appended.get(stream);
            String previousHash = previous != null && previous.sequenceNumber() == event.getSequenceNumber() - 1
                    ? previous.hash()
                    : previousHash(connection, schema, stream, event.getSequenceNumber());
            Chained link = chained(event, previousHash, serializer);
            rows.add(link.row());
            appended.put(stream, new Link(event.getSequenceNumber(), link.hash()));
        }
        PreparedStatement statement = connection.prepareStatement(StoredRow.insertOf(schema, 1));
        try {
            if (!receipts.holdUntilCommit(new HeldAppend(schema, rows, duplicates))) {
                for (StoredRow row : rows) {
                    row.bind(statement, 1);
                    statement.addBatch();
                }
            }
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        heads.rememberOnCommit(appended);
        return statement;
    }

    /** An event's row, with its chain metadata, and its hash in the chain. */
    private record Chained(StoredRow row, String hash) {}

    /** The event's row, chained onto {@code previousHash}. */
    private static Chained chained(DomainEventMessage<?> event, String previousHash, Serializer serializer) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        String timestamp = DateTimeUtils.formatInstant(event.getTimestamp());
        long sequence = event.getSequenceNumber() + 1;
        String hash = HashChain.eventHash(
                previousHash,
                sequence,
                EventTypes.nameOf(payload.getType().getName()),
                timestamp,
                new String(payload.getData(), UTF_8));
        MetaData chained = event.getMetaData()
                .withoutKeys(Set.of(ChainMetadata.META_DATA_HASH))
                .mergedWith(Map.of(
                        ChainMetadata.PARTNERSHIP_ID, event.getAggregateIdentifier(),
                        ChainMetadata.SEQUENCE, sequence,
                        ChainMetadata.PREVIOUS_HASH, previousHash,
                        ChainMetadata.HASH, hash));
        String metaDataHash = HashChain.metaDataHashToStore(
                hash, serializer.serialize(chained, byte[].class).getData());
        // Serialised a second time rather than the key spliced into the first bytes: that would save well under
        // a microsecond of the chain's few, which go to canonicalising.
        byte[] metaData = serializer
                .serialize(chained.and(ChainMetadata.META_DATA_HASH, metaDataHash), byte[].class)
                .getData();
        return new Chained(
                new StoredRow(
                        event.getIdentifier(),
                        event.getAggregateIdentifier(),
                        event.getSequenceNumber(),
                        event.getType(),
                        timestamp,
                        payload.getType().getName(),
                        payload.getType().getRevision(),
                        payload.getData(),
                        metaData),
                hash);
    }

    /**
     * The hash of the stored event just before {@code sequenceNumber} of {@code stream}: the genesis for
     * the first, else the cached head, else the stored row read by its unique (aggregate, sequence) key.
     * A concurrent append of the same sequence still fails on that key, as without the chain.
     */
    private String previousHash(Connection connection, EventSchema schema, String stream, long sequenceNumber)
            throws SQLException {
        if (sequenceNumber == 0) {
            return HashChain.GENESIS;
        }
        String cached = heads.hashAt(stream, sequenceNumber - 1);
        if (cached != null) {
            return cached;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT " + schema.metaDataColumn() + " FROM "
                + schema.domainEventTable() + " WHERE " + schema.aggregateIdentifierColumn() + " = ? AND "
                + schema.sequenceNumberColumn() + " = ?")) {
            query.setString(1, stream);
            query.setLong(2, sequenceNumber - 1);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new EventStoreException("Cannot chain event %d of stream %s: the event before it is missing"
                            .formatted(sequenceNumber + 1, stream));
                }
                JsonNode hash = JSON.readTree(row.getBytes(1)).path(ChainMetadata.HASH);
                if (!hash.isTextual()) {
                    throw new EventStoreException("Cannot chain event %d of stream %s: the event before it has no hash"
                            .formatted(sequenceNumber + 1, stream));
                }
                return hash.textValue();
            } catch (IOException e) {
                throw new EventStoreException(
                        "Cannot chain event %d of stream %s: the metadata before it is not JSON"
                                .formatted(sequenceNumber + 1, stream),
                        e);
            }
        }
    }

    /** As Axon's statement stores an event that no aggregate applied: a stream of its own. */
    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domainEvent
                ? domainEvent
                : new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }
}
