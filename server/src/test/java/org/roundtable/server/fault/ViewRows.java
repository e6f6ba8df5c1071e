package org.roundtable.server.fault;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.roundtable.testsupport.PrivateCluster;

/**
 * Every row of every table the views own, sorted, as text: what two states of the views are compared
 * by, row by row. The event store, the token store and Flyway's history are not views.
 *
 * @param tables each view table's rows, by table name
 */
record ViewRows(Map<String, List<String>> tables) {

    private static final Set<String> NOT_VIEWS =
            Set.of("domain_event_entry", "snapshot_event_entry", "token_entry", "flyway_schema_history");
    /** Rows shown of a table that differs, enough to see how without flooding the report. */
    private static final int SHOWN = 5;

    static ViewRows of(PrivateCluster database) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet found = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
                while (found.next()) {
                    names.add(found.getString(1));
                }
            }
            for (String table : names) {
                if (!NOT_VIEWS.contains(table)) {
                    tables.put(table, rows(statement, table));
                }
            }
        }
        return new ViewRows(tables);
    }

    private static List<String> rows(Statement statement, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet columns = statement.executeQuery("SELECT * FROM " + table + " LIMIT 0")) {
            int count = columns.getMetaData().getColumnCount();
            String everyColumn =
                    IntStream.rangeClosed(1, count).mapToObj(Integer::toString).collect(Collectors.joining(", "));
            try (ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY " + everyColumn)) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    List<String> values = new ArrayList<>();
                    for (int column = 1; column <= count; column++) {
                        values.add(meta.getColumnName(column) + "=" + result.getString(column));
                    }
                    rows.add(String.join(" ", values));
                }
            }
        }
        return rows;
    }

    long rowCount() {
        return tables.values().stream().mapToLong(List::size).sum();
    }

    /** How {@code other} differs from these rows, table by table; empty when not at all. */
    List<String> differencesFrom(ViewRows other) {
        List<String> differences = new ArrayList<>();
        Set<String> names = new TreeSet<>(tables.keySet());
        names.addAll(other.tables.keySet());
        for (String table : names) {
            List<String> mine = tables.getOrDefault(table, List.of());
            List<String> theirs = other.tables.getOrDefault(table, List.of());
            if (!mine.equals(theirs)) {
                differences.add("%s: %d rows here, %d there; only here %s; only there %s"
                        .formatted(
                                table,
                                mine.size(),
                                theirs.size(),
                                firstMissing(mine, theirs),
                                firstMissing(theirs, mine)));
            }
        }
        return differences;
    }

    /** The first rows of {@code rows} that {@code from} lacks, counting a row twice over as two. */
    private static List<String> firstMissing(List<String> rows, List<String> from) {
        Map<String, Integer> present = new HashMap<>();
        from.forEach(row -> present.merge(row, 1, Integer::sum));
        List<String> missing = new ArrayList<>();
        for (String row : rows) {
            if (present.merge(row, -1, Integer::sum) < 0 && missing.size() < SHOWN) {
                missing.add(row);
            }
        }
        return missing;
    }
}
