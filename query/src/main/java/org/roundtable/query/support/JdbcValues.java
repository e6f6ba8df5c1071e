package org.roundtable.query.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;
import org.roundtable.api.Phase;
import org.roundtable.api.Segment;

/** Converts the api's values to JDBC parameters and back, the same way in every view. */
public final class JdbcValues {

    private JdbcValues() {}

    /** The PostgreSQL driver binds no {@link Instant}; an OffsetDateTime maps to timestamptz. */
    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Enums are stored by name so that a reordering of constants never changes stored rows. */
    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public static <E extends Enum<E>> E enumValue(ResultSet row, String column, Class<E> type) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    /**
     * {@code ids} as the text of a PostgreSQL array, for a parameter the statement casts to {@code uuid[]}:
     * Spring would expand a Java array or collection into a list of parameters.
     */
    public static String uuidArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    /** The segment a row holds in its {@code loop} and {@code phase} columns, as the views that fold it keep it. */
    public static Segment segment(ResultSet row) throws SQLException {
        return new Segment(row.getInt("loop"), enumValue(row, "phase", Phase.class));
    }

    public static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    /** {@code getDouble} reads SQL null as 0, which would turn an unmeasured indicator into one at its baseline. */
    public static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    /** {@code getBoolean} reads SQL null as false, which would turn an absent value into a real one. */
    public static Boolean nullableBoolean(ResultSet row, String column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }

    /** {@code getInt} reads SQL null as 0, which would turn an absent value into a real one. */
    public static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
