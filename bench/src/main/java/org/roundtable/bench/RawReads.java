package org.roundtable.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The baselines of P4 and P6: stored events read straight from the event table over JDBC, every column
 * of every row fetched into Java, in the order the server reads them, with nothing done with them. The
 * median of a few passes, after one that warms PostgreSQL's caches as the measured server's reads are.
 */
final class RawReads {

    private static final String COLUMNS = "global_index, type, aggregate_identifier, sequence_number,"
            + " event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data";
    /** Rows fetched at a time in the whole store's read. */
    private static final int STORE_FETCH = 1_000;
    /** Rows fetched at a time in one stream's read: the server's roundtable.audit.fetch-size. */
    private static final int STREAM_FETCH = 500;

    private RawReads() {}

    /** P4's baseline: events/s of a read of the whole store by global index. */
    static Figure store(BenchDatabase database, int passes) throws SQLException {
        return eventsPerSecond(
                database,
                "SELECT " + COLUMNS + " FROM domain_event_entry ORDER BY global_index",
                null,
                STORE_FETCH,
                passes);
    }

    /** P6's baseline: events/s of a read of one partnership's stream by sequence. */
    static Figure stream(BenchDatabase database, GeneratedPartnership partnership, int passes) throws SQLException {
        return eventsPerSecond(
                database,
                "SELECT " + COLUMNS + " FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? ORDER BY sequence_number",
                partnership.id().toString(),
                STREAM_FETCH,
                passes);
    }

    private static Figure eventsPerSecond(BenchDatabase database, String sql, String stream, int fetchSize, int passes)
            throws SQLException {
        try (Connection connection = database.connect()) {
            // Without a transaction PostgreSQL's driver fetches every row at once instead of fetchSize at a time.
            connection.setAutoCommit(false);
            double[] rates = new double[passes];
            read(connection, sql, stream, fetchSize);
            for (int pass = 0; pass < passes; pass++) {
                long started = System.nanoTime();
                long rows = read(connection, sql, stream, fetchSize);
                rates[pass] = rows / ((System.nanoTime() - started) / 1e9);
            }
            connection.rollback();
            return new Figure(Median.of(rates), "events/s");
        }
    }

    private static long read(Connection connection, String sql, String stream, int fetchSize) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setFetchSize(fetchSize);
            if (stream != null) {
                select.setString(1, stream);
            }
            long rows = 0;
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    row.getLong(1);
                    row.getString(2);
                    row.getString(3);
                    row.getLong(4);
                    row.getString(5);
                    row.getString(6);
                    row.getString(7);
                    row.getString(8);
                    row.getBytes(9);
                    row.getBytes(10);
                    rows++;
                }
            }
            if (rows == 0) {
                throw new IllegalStateException("Read no events: " + sql);
            }
            return rows;
        }
    }
}
