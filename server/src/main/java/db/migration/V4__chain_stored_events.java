package db.migration;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.roundtable.api.events.EventTypes;
import org.roundtable.audit.ChainMetadata;
import org.roundtable.audit.HashChain;

/**
 * Flyway migration 4: links the events stored before the audit hash chain existed into it, stream by
 * stream in order, exactly as the server's ChainingAppend links new ones. Without it, an older partnership
 * would fail its audit from sequence 1 and could take no new event, since the append needs the hash
 * of the event before. The chain so vouches for those events as they were when this migration ran.
 * It is safe to run on a chained store too, which it links again to the same hashes.
 * <p>
 * Flyway finds it on the classpath in {@code db/migration} beside the SQL migrations, so that every
 * Flyway (Boot's, the command line's, a test's) lists the same versions. The name is in the SQL files'
 * style because Flyway takes the description from it and validates it against flyway_schema_history,
 * where databases migrated before keep "chain stored events".
 */
public class V4__chain_stored_events extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 500;

    /** Table and column names as V1__event_store.sql creates them: a migration is written against one schema. */
    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement read = connection.prepareStatement("SELECT global_index, aggregate_identifier,"
                        + " sequence_number, payload_type, time_stamp, payload, meta_data FROM domain_event_entry"
                        + " ORDER BY aggregate_identifier, sequence_number");
                PreparedStatement write = connection.prepareStatement(
                        "UPDATE domain_event_entry SET meta_data = ? WHERE global_index = ?")) {
            read.setFetchSize(BATCH);
            String stream = null;
            String previousHash = HashChain.GENESIS;
            int pending = 0;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    if (!rows.getString(2).equals(stream)) {
                        stream = rows.getString(2);
                        previousHash = HashChain.GENESIS;
                    }
                    ObjectNode metaData = chained(rows, previousHash);
                    write.setBytes(1, metaData.toString().getBytes(UTF_8));
                    write.setLong(2, rows.getLong(1));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                    previousHash = metaData.get(ChainMetadata.HASH).textValue();
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    /** The row's metadata with its link in the chain after {@code previousHash}. */
    private static ObjectNode chained(ResultSet row, String previousHash) throws SQLException {
        long sequence = row.getLong(3) + 1;
        String hash = HashChain.eventHash(
                previousHash,
                sequence,
                EventTypes.nameOf(row.getString(4)),
                row.getString(5),
                new String(row.getBytes(6), UTF_8));
        ObjectNode metaData = metaData(row.getBytes(7))
                .put(ChainMetadata.PARTNERSHIP_ID, row.getString(2))
                .put(ChainMetadata.SEQUENCE, sequence)
                .put(ChainMetadata.PREVIOUS_HASH, previousHash)
                .put(ChainMetadata.HASH, hash);
        return metaData.put(ChainMetadata.META_DATA_HASH, HashChain.metaDataHash(hash, metaData.toString()));
    }

    private static ObjectNode metaData(byte[] stored) {
        try {
            JsonNode metaData = stored == null ? null : JSON.readTree(stored);
            return metaData instanceof ObjectNode object ? object : JSON.createObjectNode();
        } catch (IOException e) {
            throw new IllegalStateException("Stored metadata that is not JSON cannot be chained", e);
        }
    }
}
