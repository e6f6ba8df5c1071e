package org.roundtable.server.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

/**
 * Axon's JDBC storage engine, except that an event read for the processors has its timestamp text parsed
 * once. Axon's engine parses it to decide whether a gap before the event may still fill, and the message
 * built from the row parses it again, each time with the general ISO-8601 parser: over a rebuild, a tenth
 * of the views' processor. The token is computed as Axon's engine computes it, with the same gap settings,
 * which the constructor sets rather than inherits, because Axon keeps its defaults private. The rows are
 * read as bytes, Axon's default for the payload and metadata columns. A read past a token starts at the first
 * event stored past it, in one statement. The event store's reads of the tail (Axon asks them with
 * {@code mayBlock}) go through {@link TailReads}, which fetches only on news.
 */
final class TimestampParsedOnceEngine extends JdbcEventStorageEngine {

    private static final long LOWEST_GLOBAL_SEQUENCE = 1;
    private static final int MAX_GAP_OFFSET = 10_000;
    private static final Duration GAP_TIMEOUT = Duration.ofMinutes(1);

    private final TailReads tailReads;

    /** Builds the engine from Axon's builder, with Axon's gap settings spelled out on it. */
    TimestampParsedOnceEngine(JdbcEventStorageEngine.Builder builder, TailReads tailReads) {
        super(builder.lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE)
                .maxGapOffset(MAX_GAP_OFFSET)
                .gapTimeout((int) GAP_TIMEOUT.toMillis())
                // The reads below start at the first stored event past the token, whatever lies between.
                .extendedGapCheckEnabled(false));
        this.tailReads = tailReads;
    }

    /**
     * The events of the batch after {@code globalIndex}: those of the {@code batchSize} global indexes from
     * the first stored one past it. Axon's reads the {@code batchSize} indexes right after the token, which
     * hold nothing when more appends than that rolled back in a row; its engine then asked where the next
     * stored event is, in a statement of its own, after every read that found nothing new: under votes,
     * one statement in every eight of the store's reads. Here that question is part of the read.
     */
    @Override
    protected PreparedStatement readEventDataWithoutGaps(Connection connection, long globalIndex, int batchSize)
            throws SQLException {
        return readPast(connection, globalIndex, batchSize, pastToken(batchSize));
    }

    /**
     * As {@link #readEventDataWithoutGaps}, and the events stored since in the token's gaps, named in one array
     * so that every read is the same statement whatever the number of gaps. The gaps lie below the token, so
     * the two reads never share an event; read as one condition ({@code … OR index = ANY(?)}), PostgreSQL
     * planned a bitmap scan and a sort, whose cost on a million events passed its threshold for a parallel
     * plan: two workers started for every read of a few rows, about 100 ms each, which under votes and
     * readers of their own writes kept a core busy and the views seconds behind.
     */
    @Override
    protected PreparedStatement readEventDataWithGaps(
            Connection connection, long globalIndex, int batchSize, List<Long> gaps) throws SQLException {
        PreparedStatement statement = readPast(
                connection,
                globalIndex,
                batchSize,
                "(" + pastToken(batchSize) + ") UNION ALL (" + selectFrom() + " WHERE " + index() + " = ANY(?))"
                        + " ORDER BY " + index() + " ASC");
        statement.setArray(4, connection.createArrayOf("bigint", gaps.toArray()));
        return statement;
    }

    /** {@code sql}, a read past {@code globalIndex}, prepared with its first three parameters set. */
    private static PreparedStatement readPast(Connection connection, long globalIndex, int batchSize, String sql)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex);
        statement.setInt(3, batchSize);
        return statement;
    }

    /**
     * The read of the {@code batchSize} global indexes from the first one stored past the first parameter (the
     * second, the same), in order. Its limit never cuts it short, as that many indexes hold at most that many
     * events; it tells the planner so, which otherwise expects a read bounded by a subquery's value to find a
     * two-hundredth of the table.
     */
    private String pastToken(int batchSize) {
        return selectFrom() + " WHERE " + index() + " > ? AND " + index() + " < (SELECT min(" + index() + ") FROM "
                + table() + " WHERE " + index() + " > ?) + ? ORDER BY " + index() + " ASC LIMIT " + batchSize;
    }

    private String selectFrom() {
        return "SELECT " + schema().trackedEventFields() + " FROM " + table();
    }

    private String index() {
        return schema().globalIndexColumn();
    }

    private String table() {
        return schema().domainEventTable();
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        if (!mayBlock) {
            return super.readEventData(trackingToken, false);
        }
        return tailReads.<TrackedEventData<?>>read(
                last -> fetchTrackedEvents(last == null ? trackingToken : last.trackingToken(), batchSize()),
                batchSize());
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        EventSchema schema = schema();
        long globalSequence = resultSet.getLong(schema.globalIndexColumn());
        String aggregateIdentifier = resultSet.getString(schema.aggregateIdentifierColumn());
        String eventIdentifier = resultSet.getString(schema.eventIdentifierColumn());
        ParsedEntry event = new ParsedEntry(
                resultSet.getString(schema.typeColumn()),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                resultSet.getLong(schema.sequenceNumberColumn()),
                eventIdentifier,
                StoredTimestamp.parse(resultSet.getString(schema.timestampColumn())),
                resultSet.getString(schema.payloadTypeColumn()),
                resultSet.getString(schema.payloadRevisionColumn()),
                readPayload(resultSet, schema.payloadColumn()),
                readPayload(resultSet, schema.metaDataColumn()));
        boolean allowGaps =
                event.getTimestamp().isAfter(GenericEventMessage.clock.instant().minus(GAP_TIMEOUT));
        GapAwareTrackingToken token = previousToken == null
                ? GapAwareTrackingToken.newInstance(
                        globalSequence,
                        allowGaps
                                ? LongStream.range(Math.min(LOWEST_GLOBAL_SEQUENCE, globalSequence), globalSequence)
                                        .boxed()
                                        .collect(Collectors.toCollection(TreeSet::new))
                                : Collections.emptySortedSet())
                : previousToken.advanceTo(globalSequence, allowGaps ? MAX_GAP_OFFSET : 0);
        return new TrackedDomainEventData<>(token, event);
    }

    /** A stored event whose timestamp is parsed when it is read, and then only handed out. */
    private record ParsedEntry(
            String getType,
            String getAggregateIdentifier,
            long getSequenceNumber,
            String getEventIdentifier,
            Instant getTimestamp,
            String payloadType,
            String payloadRevision,
            byte[] payload,
            byte[] metaData)
            implements DomainEventData<byte[]> {

        @Override
        public SerializedObject<byte[]> getMetaData() {
            return new SerializedMetaData<>(metaData, byte[].class);
        }

        @Override
        public SerializedObject<byte[]> getPayload() {
            return new SimpleSerializedObject<>(
                    payload, byte[].class, new SimpleSerializedType(payloadType, payloadRevision));
        }
    }
}
