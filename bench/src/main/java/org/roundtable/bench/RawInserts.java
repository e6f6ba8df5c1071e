package org.roundtable.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * P1's baseline: what PostgreSQL itself takes of event appends, with no server in between. Each client
 * inserts, on a connection of its own and in a transaction of its own (autocommit, synchronous commit on),
 * one row of the event table's shape holding the bytes of a stored vote, into a table made like the event
 * table (same columns, keys and indexes), so that each insert costs what appending that event costs.
 */
final class RawInserts {

    private static final String TABLE = "bench_event_row";

    private RawInserts() {}

    static Load.Outcome measure(BenchDatabase database, Sizes sizes) throws SQLException, InterruptedException {
        try (Connection setup = database.connect();
                Statement ddl = setup.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS " + TABLE);
            ddl.execute("CREATE TABLE " + TABLE + " (LIKE domain_event_entry INCLUDING CONSTRAINTS INCLUDING INDEXES)");
            // Its own sequence: sharing the event table's would leave gaps in the store's global index.
            ddl.execute("CREATE SEQUENCE " + TABLE + "_index OWNED BY " + TABLE + ".global_index");
            ddl.execute(
                    "ALTER TABLE " + TABLE + " ALTER COLUMN global_index SET DEFAULT nextval('" + TABLE + "_index')");
            Row vote = storedVote(setup);
            List<Connection> connections = new ArrayList<>();
            try {
                for (int client = 0; client < sizes.clients(); client++) {
                    connections.add(database.connect());
                }
                return Load.run(sizes.load(), sizes.clients(), client -> inserter(connections.get(client), vote));
            } finally {
                for (Connection connection : connections) {
                    connection.close();
                }
                ddl.execute("DROP TABLE " + TABLE);
            }
        }
    }

    /** The bytes of a stored vote, which the inserted rows copy. */
    private record Row(
            String type,
            String timestamp,
            String payloadType,
            String payloadRevision,
            byte[] payload,
            byte[] metaData) {}

    private static Row storedVote(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("SELECT type, time_stamp, payload_type, payload_revision, payload,"
                        + " meta_data FROM domain_event_entry WHERE payload_type LIKE '%.VoteChanged' LIMIT 1")) {
            if (!row.next()) {
                throw new IllegalStateException("The store holds no vote to copy");
            }
            return new Row(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    row.getBytes(5),
                    row.getBytes(6));
        }
    }

    /** One client's inserts: a stream of its own, sequence after sequence. */
    private static Load.Operation inserter(Connection connection, Row vote) {
        String stream = UUID.randomUUID().toString();
        long[] sequence = {0};
        return () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                    + " (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
                    + " payload_revision, payload, meta_data) VALUES (?,?,?,?,?,?,?,?,?)")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, stream);
                insert.setLong(3, sequence[0]++);
                insert.setString(4, vote.type());
                insert.setString(5, vote.timestamp());
                insert.setString(6, vote.payloadType());
                insert.setString(7, vote.payloadRevision());
                insert.setBytes(8, vote.payload());
                insert.setBytes(9, vote.metaData());
                insert.executeUpdate();
            }
        };
    }
}
