package org.roundtable.query.support;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameter;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * A view's statements as its handlers issue them while a batch of events is applied: the writes are
 * held back and sent together when the batch commits (each run of one statement as one JDBC batch, a
 * single round trip), and a read first sends what is held back, so it sees every earlier write of the
 * view; counters raised by the same key are summed into one statement. A view reads and writes only its
 * own tables, so each view holds back its writes apart from the others', which keeps its runs long when
 * several views are fed the same events. Outside a unit of work (a reset, a query) every statement runs
 * at once.
 *
 * <p>Profiling showed a rebuild spending most of its time on one round trip per statement; the events of
 * a batch mostly repeat the same few statements (a vote is an INSERT, an UPDATE and a counter in three
 * views), so a batch now costs a few round trips per view.
 */
public final class ViewJdbc {

    private final NamedParameterJdbcTemplate jdbc;
    private final String resourceKey = ViewJdbc.class.getName() + "@" + System.identityHashCode(this);

    public ViewJdbc(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A write, sent when the batch commits or before the view's next read. */
    public void update(String sql, SqlParameterSource row) {
        submit(new HeldWrite(sql, row));
    }

    /**
     * A write as {@link #update}, which later events of the same batch may still change or withdraw while
     * it is held (see {@link HeldWrite}): a row written and changed, or written and deleted, within one
     * batch then costs one statement or none. Outside a unit of work it runs at once, and is sent.
     */
    public HeldWrite hold(String sql, MapSqlParameterSource row) {
        return submit(new HeldWrite(sql, row));
    }

    private HeldWrite submit(HeldWrite write) {
        pending().ifPresentOrElse(held -> held.add(write), () -> write.sendTo(jdbc));
        return write;
    }

    /** A write of several rows, as {@link #update} for each in turn. */
    public void batchUpdate(String sql, SqlParameterSource[] rows) {
        pending()
                .ifPresentOrElse(
                        held -> {
                            for (SqlParameterSource row : rows) {
                                held.add(new HeldWrite(sql, row));
                            }
                        },
                        () -> jdbc.batchUpdate(sql, rows));
    }

    /**
     * A statement that adds amounts to one row of counters, and the names of its parameters: {@code key}
     * those that find the row, {@code amounts} those it adds. Names from a migration, never input.
     */
    public record Increment(String sql, List<String> key, List<String> amounts) {}

    /**
     * Adds {@code amounts} (in the order of {@code statement}'s amounts) to the counters of the row {@code key}
     * finds (values in the order of its key). Additions of the batch to the same row are summed first, so a
     * row is written once per batch; they commute with every other write, and a read sees them. The view
     * takes {@code amounts} over: the caller must not use the array again.
     */
    public void increment(Increment statement, List<?> key, Number[] amounts) {
        pending()
                .ifPresentOrElse(
                        held -> held.increment(statement, key, amounts),
                        () -> Positional.of(statement.sql())
                                .send(jdbc.getJdbcOperations(), List.of(Additions.row(statement, key, amounts))));
    }

    /**
     * Sets columns of one stored row of {@code table}, the row whose {@code key} columns hold the values
     * {@code row} gives them; {@code row} names the key's columns and those to set (names from a migration,
     * never input: they are written into the statement). The batch's assignments to the same columns of a
     * table are sent together, after the writes held in order, the last to a row winning, and as one
     * statement when there are many (see {@link Assignment}): a rebuild changed 690,000 votes and ballots of
     * proposals submitted in an earlier batch, one statement each.
     * So use it only for columns that no write of the batch sets after it without a read in between (a read
     * sends it first); outside a unit of work it runs at once.
     */
    public void assign(String table, List<String> key, Map<String, ?> row) {
        Assignment assignment =
                new Assignment(table, key, row.keySet().stream().sorted().toList());
        Optional<Held> held = pending();
        if (held.isPresent()) {
            held.get().assign(assignment, row);
        } else {
            assignment.sendTo(jdbc, List.of(row));
        }
    }

    public <T> List<T> query(String sql, SqlParameterSource parameters, RowMapper<T> row) {
        flush();
        return jdbc.query(sql, parameters, row);
    }

    public <T> T queryForObject(String sql, SqlParameterSource parameters, Class<T> type) {
        flush();
        return jdbc.queryForObject(sql, parameters, type);
    }

    public <T> T queryForObject(String sql, SqlParameterSource parameters, RowMapper<T> row) {
        flush();
        return jdbc.queryForObject(sql, parameters, row);
    }

    /** A statement without parameters (a reset's DELETE), at once. */
    public void execute(String sql) {
        flush();
        jdbc.getJdbcOperations().execute(sql);
    }

    /**
     * What the view worked out earlier in this batch under {@code kind} and {@code key}, else {@code load}'s
     * answer, remembered until the batch ends: facts a handler would otherwise read once per event (the
     * segment in force, the segment a proposal was submitted in). A batch that rolls back forgets them with
     * its writes. Outside a unit of work, {@code load} is asked each time.
     */
    public <K, V> V remembered(String kind, K key, Function<K, V> load) {
        Optional<Held> held = pending();
        if (held.isEmpty()) {
            return load.apply(key);
        }
        Map<K, V> facts = held.get().facts(kind);
        V known = facts.get(key);
        if (known == null) {
            known = load.apply(key);
            facts.put(key, known);
        }
        return known;
    }

    /** What {@link #remember} was told of {@code kind} and {@code key} in this batch, if anything. */
    public <K, V> Optional<V> recalled(String kind, K key) {
        return pending().map(held -> held.<K, V>facts(kind).get(key));
    }

    /**
     * As {@link #remembered}, for a fact that is a number {@code sql} reads, given the key as its parameter
     * {@code :id}.
     */
    public <K> int remembered(String kind, K key, String sql) {
        return this.<K, Integer>remembered(
                kind, key, id -> queryForObject(sql, new MapSqlParameterSource("id", id), Integer.class));
    }

    /**
     * Takes {@code count} places in an order kept per {@code key} (a proposal's votes, a meeting's
     * attendees) and answers the first: the last place given is remembered for the batch, else read by
     * {@code lastSql} (given the key as {@code :id}), so that the batch's rows carry their places and are
     * plain INSERTs the driver folds, where {@code INSERT … SELECT max(seq) + 1} would be a statement per row.
     */
    public <K> int takePlaces(String kind, K key, int count, String lastSql) {
        int first = 1 + remembered(kind, key, lastSql);
        remember(kind, key, first + count - 1);
        return first;
    }

    /** Tells {@link #remembered} what {@code kind} of {@code key} is from now on in this batch. */
    public <K, V> void remember(String kind, K key, V value) {
        pending().ifPresent(held -> held.<K, V>facts(kind).put(key, value));
    }

    /** Sends the writes held back so far. */
    private void flush() {
        pending().ifPresent(held -> held.sendTo(jdbc));
    }

    private Optional<Held> pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return Optional.of(batch.getOrComputeResource(resourceKey, key -> {
            Held held = new Held();
            batch.onPrepareCommit(committing -> held.sendTo(jdbc));
            return held;
        }));
    }

    /**
     * One statement held back, with its parameters, until its batch sends it: until then a later event of
     * the batch may change its parameters or withdraw it, where the view would otherwise send a second
     * statement to undo or amend the first. A profile of a rebuild showed most proposals opened and closed
     * within one batch, their ballots inserted, updated vote by vote and deleted: a million statements.
     */
    public static final class HeldWrite {
        private final String sql;
        private final SqlParameterSource row;
        private boolean sent;
        private boolean withdrawn;

        private HeldWrite(String sql, SqlParameterSource row) {
            this.sql = sql;
            this.row = row;
        }

        /** True until the write is sent or withdrawn: only then may it be changed. */
        public boolean isHeld() {
            return !sent && !withdrawn;
        }

        /** The value of one of its parameters, as held. */
        public Object value(String parameter) {
            return row.getValue(parameter);
        }

        /**
         * Sets a parameter of the write still held and answers true; answers false, changing nothing, once it
         * was sent, when the caller writes the change itself.
         */
        public boolean change(String parameter, Object value) {
            if (!isHeld()) {
                return false;
            }
            ((MapSqlParameterSource) row).addValue(parameter, value);
            return true;
        }

        /** Takes the write back if it is still held, and answers whether it was. */
        public boolean withdraw() {
            if (!isHeld()) {
                return false;
            }
            withdrawn = true;
            return true;
        }

        private void sendTo(NamedParameterJdbcTemplate jdbc) {
            jdbc.update(sql, row);
            markSent();
        }

        private void markSent() {
            sent = true;
        }
    }

    /**
     * Columns of a table set in rows found by a key: what makes two assignments one statement. Many rows go
     * to PostgreSQL as one JSON array, which {@code jsonb_populate_recordset} reads as rows of the table's
     * own type, so every value takes its column's type; that statement costs about 0.35 ms whatever its
     * size, as much as a dozen single-row UPDATEs, so fewer rows than {@value #ONE_STATEMENT_FROM} go as a
     * JDBC batch of those (under a steady stream of votes, a batch changes two or three votes: a benchmark
     * run that sent them as one statement each batch lost a quarter of its votes per second).
     */
    private record Assignment(String table, List<String> key, List<String> columns) {

        static final int ONE_STATEMENT_FROM = 16;

        void sendTo(NamedParameterJdbcTemplate jdbc, Collection<? extends Map<String, ?>> rows) {
            if (rows.size() >= ONE_STATEMENT_FROM) {
                jdbc.update(
                        "UPDATE %1$s AS t SET %2$s FROM jsonb_populate_recordset(NULL::%1$s, CAST(:rows AS jsonb)) AS v WHERE %3$s"
                                .formatted(
                                        table,
                                        joined(column -> column + " = v." + column, ", ", set()),
                                        joined(column -> "t." + column + " = v." + column, " AND ", key)),
                        new MapSqlParameterSource("rows", JsonRows.of(rows)));
                return;
            }
            String sql = "UPDATE %s SET %s WHERE %s"
                    .formatted(
                            table,
                            joined(column -> column + " = :" + column, ", ", set()),
                            joined(column -> column + " = :" + column, " AND ", key));
            Positional.of(sql).send(jdbc.getJdbcOperations(), List.copyOf(rows));
        }

        private List<String> set() {
            return columns.stream().filter(column -> !key.contains(column)).toList();
        }

        private static String joined(Function<String, String> each, String separator, List<String> columns) {
            return columns.stream().map(each).collect(Collectors.joining(separator));
        }
    }

    /** The summed additions of one batch to the rows of one {@link Increment}, by key. */
    private static final class Additions {
        private final Map<List<?>, Number[]> sums = new LinkedHashMap<>();

        /** Keeps {@code amounts} itself for the first addition to its row, and sums the next into it. */
        void add(List<?> key, Number[] amounts) {
            Number[] sum = sums.putIfAbsent(key, amounts);
            if (sum == null) {
                return;
            }
            for (int i = 0; i < amounts.length; i++) {
                // Most additions raise one counter of several and add 0 to the others.
                if (!isZero(amounts[i])) {
                    sum[i] = sum(sum[i], amounts[i]);
                }
            }
        }

        /**
         * The rows to send, each amount of one type in every row: Long where every row's is whole, else
         * BigDecimal. The driver keeps a statement prepared only while each parameter keeps its type, and
         * a JDBC batch of these is rewritten into one statement of many rows: Integers and Longs (a sum)
         * mixed across its rows had PostgreSQL parse and plan nearly every counters' statement again.
         */
        List<Map<String, Object>> rows(Increment statement) {
            for (int i = 0; i < statement.amounts().size(); i++) {
                int amount = i;
                boolean whole = sums.values().stream().allMatch(sum -> isWhole(sum[amount]));
                sums.values().forEach(sum -> sum[amount] = whole ? sum[amount].longValue() : decimal(sum[amount]));
            }
            return sums.entrySet().stream()
                    .map(row -> row(statement, row.getKey(), row.getValue()))
                    .toList();
        }

        /** The statement's parameters for one row: its key's values and its amounts, by name. */
        static Map<String, Object> row(Increment statement, List<?> key, Number[] amounts) {
            Map<String, Object> row = new HashMap<>();
            for (int i = 0; i < key.size(); i++) {
                row.put(statement.key().get(i), key.get(i));
            }
            for (int i = 0; i < amounts.length; i++) {
                row.put(statement.amounts().get(i), amounts[i]);
            }
            return row;
        }

        private static boolean isZero(Number amount) {
            return isWhole(amount) && amount.longValue() == 0;
        }

        private static boolean isWhole(Number amount) {
            return amount instanceof Integer || amount instanceof Long;
        }

        private static Number sum(Number a, Number b) {
            if (isWhole(a) && isWhole(b)) {
                return a.longValue() + b.longValue();
            }
            return decimal(a).add(decimal(b));
        }

        private static BigDecimal decimal(Number amount) {
            return amount instanceof BigDecimal decimal ? decimal : new BigDecimal(amount.toString());
        }
    }

    /**
     * A statement's text with its named parameters as JDBC's {@code ?}, and their names in order: worked out
     * once per statement, then each row bound from its map directly. Spring's named parameters work out
     * the statement again for every row and look each value up three times: a fifth of a rebuild's
     * processor samples.
     *
     * <p>A null is bound with the type its parameter last had: the driver keeps a statement prepared only
     * while each parameter keeps its type, and a null of no type (Spring's) made PostgreSQL parse and plan
     * a statement again each time a nullable column turned null or back (94,000 times in 111,000 proposals
     * stored by a rebuild).
     */
    private record Positional(String sql, List<String> names, AtomicReferenceArray<String> types) {

        private static final Map<String, Positional> KNOWN = new ConcurrentHashMap<>();
        private static final Map<Class<?>, String> TYPES = Map.of(
                String.class, "varchar",
                Integer.class, "int4",
                Long.class, "int8",
                UUID.class, "uuid",
                OffsetDateTime.class, "timestamptz",
                Double.class, "float8",
                BigDecimal.class, "numeric",
                Boolean.class, "bool");

        static Positional of(String namedSql) {
            return KNOWN.computeIfAbsent(namedSql, text -> {
                ParsedSql parsed = NamedParameterUtils.parseSqlStatement(text);
                List<String> names =
                        NamedParameterUtils.buildSqlParameterList(parsed, new MapSqlParameterSource()).stream()
                                .map(SqlParameter::getName)
                                .toList();
                return new Positional(
                        NamedParameterUtils.substituteNamedParameters(parsed, null),
                        names,
                        new AtomicReferenceArray<>(names.size()));
            });
        }

        /** One row as a statement, several as one JDBC batch. */
        void send(JdbcOperations jdbc, List<? extends Map<String, ?>> rows) {
            if (rows.size() == 1) {
                jdbc.update(sql, statement -> bind(statement, rows.get(0)));
            } else {
                jdbc.batchUpdate(sql, rows, rows.size(), this::bind);
            }
        }

        private void bind(PreparedStatement statement, Map<String, ?> row) throws SQLException {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                Object value = row.get(name);
                if (value == null && !row.containsKey(name)) {
                    throw new InvalidDataAccessApiUsageException("No value for :%s in %s".formatted(name, sql));
                }
                bind(statement, i, value);
            }
        }

        /** As Spring binds a value of no declared type, the common types without its checks. */
        private void bind(PreparedStatement statement, int position, Object value) throws SQLException {
            int index = position + 1;
            if (value == null) {
                String type = types.get(position);
                if (type == null) {
                    // What Spring sends for PostgreSQL, which infers the type from the statement.
                    statement.setNull(index, Types.NULL);
                } else {
                    statement.setNull(index, Types.OTHER, type);
                }
                return;
            }
            String type = typeOf(value);
            if (type == null) {
                StatementCreatorUtils.setParameterValue(statement, index, SqlTypeValue.TYPE_UNKNOWN, value);
                return;
            }
            types.lazySet(position, type);
            if (value instanceof String text) {
                statement.setString(index, text);
            } else {
                statement.setObject(index, value);
            }
        }

        /** The PostgreSQL type the driver sends a value of a common Java type (its exact class) as; null for others. */
        private static String typeOf(Object value) {
            return TYPES.get(value.getClass());
        }
    }

    /**
     * Writes of one statement sent together, and the tables the statement names (where it writes, and any
     * it reads): a later write may join the run only past runs that name none of them. An upsert that
     * updates ({@code ON CONFLICT … DO UPDATE}) joins a run only when the write just before it was of its
     * statement too, as every write did before runs were joined: the driver folds a run into one multi-row
     * statement, which PostgreSQL refuses when two of its rows update one stored row (a partner's second
     * pledge in a unit, a few events later).
     */
    record Run(String sql, Set<String> tables, List<HeldWrite> rows) {

        private static final Pattern UPDATES_ON_CONFLICT =
                Pattern.compile("\\bDO\\s+UPDATE\\b", Pattern.CASE_INSENSITIVE);

        private static final Pattern TABLE = Pattern.compile(
                "\\b(?:INTO|(?<!DO\\s)UPDATE|FROM|JOIN)\\s+([A-Za-z_][A-Za-z0-9_]*)", Pattern.CASE_INSENSITIVE);
        private static final Map<String, Shape> SHAPES = new ConcurrentHashMap<>();

        /** What joining needs of a statement's text, worked out once: the tables it names, and whether it upserts. */
        private record Shape(Set<String> tables, boolean updatesOnConflict) {}

        /**
         * The run a write of {@code sql} joins, the write before it having been of {@code previous} (null for
         * the batch's first): the last run of {@code sql} if nothing since touches its tables.
         */
        static Run joining(List<Run> runs, String sql, String previous) {
            Shape shape = SHAPES.computeIfAbsent(sql, Run::shapeOf);
            Set<String> tables = shape.tables();
            int past = shape.updatesOnConflict() ? (sql.equals(previous) ? runs.size() - 1 : runs.size()) : 0;
            for (int i = runs.size() - 1; i >= past; i--) {
                Run run = runs.get(i);
                if (run.sql.equals(sql)) {
                    return run;
                }
                if (!Collections.disjoint(run.tables, tables)) {
                    break;
                }
            }
            Run started = new Run(sql, tables, new ArrayList<>());
            runs.add(started);
            return started;
        }

        private static Shape shapeOf(String sql) {
            Set<String> tables = new HashSet<>();
            Matcher named = TABLE.matcher(sql);
            while (named.find()) {
                tables.add(named.group(1).toLowerCase(Locale.ROOT));
            }
            return new Shape(
                    Set.copyOf(tables), UPDATES_ON_CONFLICT.matcher(sql).find());
        }
    }

    /** The writes of one view held back in one batch, in order, and its counters' sums. */
    private static final class Held {
        private final List<HeldWrite> writes = new ArrayList<>();
        private final Map<Increment, Additions> additions = new LinkedHashMap<>();
        private final Map<String, Map<Object, Object>> facts = new HashMap<>();
        private final Map<Assignment, Map<List<Object>, Map<String, ?>>> assignments = new LinkedHashMap<>();

        void add(HeldWrite write) {
            writes.add(write);
        }

        /** The facts of one kind remembered in this batch. */
        @SuppressWarnings("unchecked")
        <K, V> Map<K, V> facts(String kind) {
            return (Map<K, V>) facts.computeIfAbsent(kind, any -> new HashMap<>());
        }

        void assign(Assignment assignment, Map<String, ?> row) {
            List<Object> key = assignment.key().stream().<Object>map(row::get).toList();
            assignments
                    .computeIfAbsent(assignment, any -> new LinkedHashMap<>())
                    .put(key, row);
        }

        void increment(Increment statement, List<?> key, Number[] amounts) {
            additions.computeIfAbsent(statement, any -> new Additions()).add(key, amounts);
        }

        /**
         * Sends the writes still held, each run of one statement as one batch, then the assignments, then the
         * counters' sums. A write joins the last run of its statement unless a write sent after that run
         * touches one of its tables (see {@link Run}): so the writes to each table keep their order, and a
         * proposal's rows, which alternate between its tables, go as a few long runs rather than one
         * statement each (a withdrawn write no longer parts anything).
         */
        void sendTo(NamedParameterJdbcTemplate jdbc) {
            List<Run> runs = new ArrayList<>();
            String previous = null;
            for (HeldWrite write : writes) {
                if (write.isHeld()) {
                    Run.joining(runs, write.sql, previous).rows.add(write);
                    previous = write.sql;
                }
            }
            writes.clear();
            for (Run run : runs) {
                run.rows.forEach(HeldWrite::markSent);
                send(jdbc, run.sql, run.rows.stream().map(write -> write.row).toList());
            }
            assignments.forEach((assignment, rows) -> assignment.sendTo(jdbc, rows.values()));
            assignments.clear();
            additions.forEach((statement, sums) ->
                    Positional.of(statement.sql()).send(jdbc.getJdbcOperations(), sums.rows(statement)));
            additions.clear();
        }

        private static void send(NamedParameterJdbcTemplate jdbc, String sql, List<SqlParameterSource> rows) {
            // A list parameter (IN (:partners)) is expanded into the statement, after the first row only
            // in a JDBC batch: such rows are sent one by one. One statement takes the same kinds of values
            // in every row, so its first row tells.
            if (expandsAList(rows.get(0))) {
                rows.forEach(row -> jdbc.update(sql, row));
            } else if (rows.stream().allMatch(MapSqlParameterSource.class::isInstance)) {
                Positional.of(sql)
                        .send(
                                jdbc.getJdbcOperations(),
                                rows.stream()
                                        .map(row -> ((MapSqlParameterSource) row).getValues())
                                        .toList());
            } else {
                jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
            }
        }

        private static boolean expandsAList(SqlParameterSource row) {
            return row instanceof MapSqlParameterSource map
                    && map.getValues().values().stream()
                            .anyMatch(value -> value instanceof Iterable<?> || value instanceof Object[]);
        }
    }
}
