package org.roundtable.server.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.UnaryOperator;
import org.roundtable.api.events.EventTypes;
import org.roundtable.audit.ChainMetadata;
import org.roundtable.audit.HashChain;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What whoever runs the database can do that the hash chain alone cannot show: rewrite a partnership's
 * stored history whole. One event's payload is edited and every hash, previousHash and metaDataHash from
 * it on is recomputed with the published formulas, so that {@code GET …/audit} still answers valid; or the
 * stream's tail is cut off, which leaves a valid chain too.
 */
public final class HistoryRewrite {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HistoryRewrite() {}

    /** Edits the payload of the event at {@code sequence} (from 1) and relinks the chain from it to the end. */
    public static void edit(JdbcTemplate jdbc, String partnershipId, long sequence, UnaryOperator<String> payload) {
        List<Row> rows = jdbc.query(
                """
                SELECT sequence_number, payload_type, time_stamp, payload, meta_data FROM domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number >= ? ORDER BY sequence_number
                """,
                (row, n) -> new Row(
                        row.getLong(1) + 1,
                        EventTypes.nameOf(row.getString(2)),
                        row.getString(3),
                        new String(row.getBytes(4), UTF_8),
                        new String(row.getBytes(5), UTF_8)),
                partnershipId,
                sequence - 2);
        String previousHash = rows.get(0).sequence() == sequence
                ? HashChain.GENESIS
                : field(rows.get(0).metaData(), ChainMetadata.HASH);
        for (Row row : rows) {
            if (row.sequence() < sequence) {
                continue;
            }
            String newPayload = row.sequence() == sequence ? payload.apply(row.payload()) : row.payload();
            String hash = HashChain.eventHash(previousHash, row.sequence(), row.type(), row.timestamp(), newPayload);
            ObjectNode metaData = object(row.metaData());
            metaData.put(ChainMetadata.PREVIOUS_HASH, previousHash);
            metaData.put(ChainMetadata.HASH, hash);
            metaData.remove(ChainMetadata.META_DATA_HASH);
            metaData.put(ChainMetadata.META_DATA_HASH, HashChain.metaDataHash(hash, metaData.toString()));
            jdbc.update(
                    "UPDATE domain_event_entry SET payload = ?, meta_data = ?"
                            + " WHERE aggregate_identifier = ? AND sequence_number = ?",
                    newPayload.getBytes(UTF_8),
                    metaData.toString().getBytes(UTF_8),
                    partnershipId,
                    row.sequence() - 1);
            previousHash = hash;
        }
    }

    /** Deletes the partnership's events after {@code keep}: the chain of what is left is still whole. */
    public static void truncate(JdbcTemplate jdbc, String partnershipId, long keep) {
        jdbc.update(
                "DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number >= ?",
                partnershipId,
                keep);
    }

    private static String field(String json, String name) {
        return object(json).path(name).asText();
    }

    private static ObjectNode object(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored metadata is not JSON: " + json, e);
        }
    }

    private record Row(long sequence, String type, String timestamp, String payload, String metaData) {}
}
