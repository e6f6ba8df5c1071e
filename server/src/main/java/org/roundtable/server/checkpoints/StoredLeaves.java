package org.roundtable.server.checkpoints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HexFormat;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.events.EventTypes;
import org.roundtable.audit.ChainMetadata;
import org.roundtable.audit.tlog.EventLeaf;
import org.roundtable.server.audit.AuditSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The leaf inputs of a partnership's tree as the event store holds them: the 32 bytes of each event's
 * stored chain {@code hash}, read from its metadata in stream order, a few hundred rows at a time. The
 * stored hash, not one recomputed: the tree signs what is stored, and {@code /audit} is what checks the
 * stored hashes against the events.
 */
@Component
class StoredLeaves {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private final JdbcTemplate jdbc;
    private final String rangeQuery;
    private final String leafQuery;

    StoredLeaves(DataSource dataSource, EventSchema schema, AuditSettings settings) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(settings.fetchSize());
        this.rangeQuery = "SELECT %1$s, %2$s FROM %3$s WHERE %4$s = ? AND %1$s >= ? AND %1$s < ? ORDER BY %1$s"
                .formatted(
                        schema.sequenceNumberColumn(),
                        schema.metaDataColumn(),
                        schema.domainEventTable(),
                        schema.aggregateIdentifierColumn());
        this.leafQuery = "SELECT %s, %s FROM %s WHERE %s = ? AND %s = ?"
                .formatted(
                        schema.payloadTypeColumn(),
                        schema.metaDataColumn(),
                        schema.domainEventTable(),
                        schema.aggregateIdentifierColumn(),
                        schema.sequenceNumberColumn());
    }

    /** The leaf input of the event stored at {@code sequence}, which must be stored. */
    byte[] input(PartnershipId partnershipId, long sequence) {
        return EventLeaf.input(leaf(partnershipId, sequence).hash());
    }

    /** The stable type name and stored chain hash (hex) of the event at {@code sequence}, which must be stored. */
    StoredLeaf leaf(PartnershipId partnershipId, long sequence) {
        return jdbc.queryForObject(
                leafQuery,
                (row, n) -> new StoredLeaf(
                        EventTypes.nameOf(row.getString(1)),
                        HEX.formatHex(hash(partnershipId, sequence - 1, row.getBytes(2)))),
                partnershipId.toString(),
                sequence - 1);
    }

    /**
     * Hands the leaf inputs of leaves {@code from} (inclusive) to {@code to} (exclusive) to {@code leaves}, in
     * order; call it inside a transaction, so that PostgreSQL streams the rows through a cursor.
     */
    void read(PartnershipId partnershipId, long from, long to, Consumer<byte[]> leaves) {
        long[] expected = {from};
        jdbc.query(
                rangeQuery,
                (RowCallbackHandler) row -> {
                    long leaf = row.getLong(1);
                    if (leaf != expected[0]) {
                        throw new IllegalStateException(
                                "Partnership %s has no event at sequence %d".formatted(partnershipId, expected[0] + 1));
                    }
                    expected[0]++;
                    leaves.accept(hash(partnershipId, leaf, row.getBytes(2)));
                },
                partnershipId.toString(),
                from,
                to);
        if (expected[0] != to) {
            throw new IllegalStateException(
                    "Partnership %s has no event at sequence %d".formatted(partnershipId, expected[0] + 1));
        }
    }

    private static byte[] hash(PartnershipId partnershipId, long leaf, byte[] metaData) {
        try {
            JsonNode hash = JSON.readTree(metaData).path(ChainMetadata.HASH);
            return EventLeaf.input(hash.asText());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "Event %d of partnership %s has no readable chain hash".formatted(leaf + 1, partnershipId), e);
        }
    }
}
