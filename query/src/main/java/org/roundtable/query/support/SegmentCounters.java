package org.roundtable.query.support;

import static org.roundtable.query.support.JdbcValues.instant;
import static org.roundtable.query.support.JdbcValues.name;
import static org.roundtable.query.support.JdbcValues.segment;
import static org.roundtable.query.support.JdbcValues.timestamp;
import static org.roundtable.query.support.JdbcValues.uuid;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnerStatus;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Segment;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PhaseChanged;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A counting view's tables, its counters filed by segment (SPEC section 10): {@code <prefix>_partnership}
 * with the number of the segment in force, {@code <prefix>_segment} with each segment's (loop, phase)
 * and span, {@code <prefix>_partner} with who was admitted and withdrew in which segment, and
 * {@code <prefix>_count} with one row of counters per partner and segment, and one more, segment
 * {@value #WHOLE_LIFE}, raised with each of them. A report over one segment reads that segment's row,
 * a report over the whole life the partner's {@value #WHOLE_LIFE} row: one row a partner however many
 * segments the partnership has been through (70 of them made the whole-life report sum 70 rows a
 * partner, three times slower than a short partnership's). Every addition goes to both rows, so the
 * segments' counts add up to the whole life's by construction. A counter is raised
 * in place: each event reaches a view once (see {@link ViewPositions#recorder}).
 */
public final class SegmentCounters {

    /** The number of the row that sums a partner's counters over every segment. */
    public static final int WHOLE_LIFE = 0;

    /** What {@link ViewJdbc#remembered} keeps the segment in force under. */
    private static final String SEGMENT_IN_FORCE = "segment in force";
    /** What {@link ViewJdbc#remembered} keeps the partners active now under, in admission order. */
    private static final String ACTIVE = "partners active";

    private final ViewJdbc jdbc;
    private final String partnerships;
    private final String segments;
    private final String partners;
    private final String counts;
    private final String sums;
    private final String[] counters;
    /**
     * The one statement of {@link #add}, which adds to every counter (0 to those an addition leaves alone):
     * so all additions of a batch to one partner's row in a segment, whatever their counters, are summed into
     * one (see {@link ViewJdbc#increment}). A rebuild raised each row some twenty times, once per counter and
     * run of statements.
     */
    private final ViewJdbc.Increment addition;

    /**
     * {@code prefix} and {@code counters} (the counter columns of {@code <prefix>_count}) are names from a
     * migration, never input: they are written into the statements.
     */
    public SegmentCounters(ViewJdbc jdbc, String prefix, List<String> counters) {
        this.jdbc = jdbc;
        this.partnerships = prefix + "_partnership";
        this.segments = prefix + "_segment";
        this.partners = prefix + "_partner";
        this.counts = prefix + "_count";
        this.sums = counters.stream()
                .map(counter -> "coalesce(sum(c.%1$s), 0) AS %1$s".formatted(counter))
                .collect(Collectors.joining(", "));
        this.counters = counters.toArray(String[]::new);
        this.addition = new ViewJdbc.Increment(
                """
                INSERT INTO %1$s (partnership_id, segment, partner_id, %2$s)
                VALUES (:partnershipId, :segment, :partnerId, %3$s)
                ON CONFLICT (partnership_id, segment, partner_id) DO UPDATE SET %4$s
                """.formatted(
                                counts,
                                String.join(", ", counters),
                                counters.stream().map(counter -> ":" + counter).collect(Collectors.joining(", ")),
                                counters.stream()
                                        .map(counter -> "%2$s = %1$s.%2$s + excluded.%2$s".formatted(counts, counter))
                                        .collect(Collectors.joining(", "))),
                List.of("partnershipId", "segment", "partnerId"),
                counters);
    }

    /** The partnership begins in its first segment. */
    public void form(PartnershipFormed event, Instant at) {
        jdbc.update(
                "INSERT INTO %s (partnership_id, segment) VALUES (:partnershipId, 1)".formatted(partnerships),
                partnership(event.partnershipId()));
        jdbc.remember(SEGMENT_IN_FORCE, event.partnershipId(), 1);
        jdbc.remember(ACTIVE, event.partnershipId(), new LinkedHashSet<PartnerId>());
        begin(event.partnershipId(), 1, Segment.formed(event), at);
    }

    /** The segment in force ends and the one the move starts, by the rule of {@link Segment}, begins. */
    public void changePhase(PhaseChanged event, Instant at) {
        int ended = current(event.partnershipId());
        Segment before = jdbc.queryForObject(
                "SELECT loop, phase FROM %s WHERE partnership_id = :partnershipId AND segment = :segment"
                        .formatted(segments),
                partnership(event.partnershipId()).addValue("segment", ended),
                (row, n) -> segment(row));
        jdbc.update(
                "UPDATE %s SET ended_at = :at WHERE partnership_id = :partnershipId AND segment = :segment"
                        .formatted(segments),
                partnership(event.partnershipId()).addValue("segment", ended).addValue("at", timestamp(at)));
        jdbc.update(
                "UPDATE %s SET segment = :segment WHERE partnership_id = :partnershipId".formatted(partnerships),
                partnership(event.partnershipId()).addValue("segment", ended + 1));
        jdbc.remember(SEGMENT_IN_FORCE, event.partnershipId(), ended + 1);
        begin(event.partnershipId(), ended + 1, Segment.of(before, event), at);
    }

    public void admit(PartnerAdmitted event) {
        jdbc.update(
                """
                INSERT INTO %1$s (partnership_id, partner_id, seq, name, sector, admitted_in)
                SELECT :partnershipId, :partnerId, coalesce(max(seq), 0) + 1, :name, :sector,
                       (SELECT segment FROM %2$s WHERE partnership_id = :partnershipId)
                FROM %1$s
                WHERE partnership_id = :partnershipId
                """.formatted(partners, partnerships),
                partnership(event.partnershipId())
                        .addValue("partnerId", event.partnerId().value())
                        .addValue("name", event.name())
                        .addValue("sector", name(event.sector())));
        jdbc.<PartnershipId, Set<PartnerId>>recalled(ACTIVE, event.partnershipId())
                .ifPresent(active -> active.add(event.partnerId()));
    }

    /** The partner is active in no segment after the one it withdrew in, nor at that one's end. */
    public void withdraw(PartnerWithdrawn event) {
        jdbc.update(
                """
                UPDATE %s SET withdrawn_in = (SELECT segment FROM %s WHERE partnership_id = :partnershipId)
                WHERE partnership_id = :partnershipId AND partner_id = :partnerId
                """.formatted(partners, partnerships),
                partnership(event.partnershipId())
                        .addValue("partnerId", event.partnerId().value()));
        jdbc.<PartnershipId, Set<PartnerId>>recalled(ACTIVE, event.partnershipId())
                .ifPresent(active -> active.remove(event.partnerId()));
    }

    /** The number of the segment in force: where an act recorded now is filed. */
    public int current(PartnershipId partnershipId) {
        return jdbc.remembered(
                SEGMENT_IN_FORCE,
                partnershipId,
                id -> jdbc.queryForObject(
                        "SELECT segment FROM %s WHERE partnership_id = :partnershipId".formatted(partnerships),
                        partnership(id),
                        Integer.class));
    }

    /** Adds {@code amount} to the {@code counter} of each of the partners, in the segment in force. */
    public void add(String counter, Number amount, PartnershipId partnershipId, Collection<PartnerId> partnerIds) {
        add(counter, amount, partnershipId, current(partnershipId), partnerIds);
    }

    /** Adds {@code amount} to the {@code counter} of each of the partners, in segment number {@code segment}. */
    public void add(
            String counter, Number amount, PartnershipId partnershipId, int segment, Collection<PartnerId> partnerIds) {
        for (PartnerId partnerId : partnerIds) {
            add(Map.of(counter, amount), partnershipId, segment, partnerId);
        }
    }

    /**
     * Adds each of {@code amounts} to the counter it names, of one partner, in segment number {@code segment}
     * and in its whole life. A name that is not one of the view's counters is refused: the statement adds to
     * the known ones only, so it would be lost without a word.
     */
    public void add(
            Map<String, ? extends Number> amounts, PartnershipId partnershipId, int segment, PartnerId partnerId) {
        if (!Arrays.asList(counters).containsAll(amounts.keySet())) {
            throw new IllegalArgumentException("Not counters of %s: %s".formatted(counts, amounts.keySet()));
        }
        for (int row : List.of(segment, WHOLE_LIFE)) {
            Number[] values = new Number[counters.length];
            for (int i = 0; i < counters.length; i++) {
                Number amount = amounts.get(counters[i]);
                values[i] = amount == null ? 0 : amount;
            }
            jdbc.increment(addition, List.of(partnershipId.value(), row, partnerId.value()), values);
        }
    }

    /** Adds {@code amount} to the {@code counter} of every partner active now, in the segment in force. */
    public void addToActive(String counter, Number amount, PartnershipId partnershipId) {
        add(counter, amount, partnershipId, active(partnershipId));
    }

    /** The partners active now, remembered for the batch and kept up to date by its admissions and withdrawals. */
    private Set<PartnerId> active(PartnershipId partnershipId) {
        return jdbc.remembered(
                ACTIVE,
                partnershipId,
                id -> new LinkedHashSet<>(jdbc.query(
                        "SELECT partner_id FROM %s WHERE partnership_id = :partnershipId AND withdrawn_in IS NULL ORDER BY seq"
                                .formatted(partners),
                        partnership(id),
                        (row, n) -> new PartnerId(uuid(row, "partner_id")))));
    }

    /**
     * The segments a report covers: all of them for {@code segment} null (the whole life), else that one
     * segment; empty when the partnership was not formed, or has not been in {@code segment}.
     */
    public Optional<SegmentRange> range(PartnershipId partnershipId, Segment segment) {
        if (segment == null) {
            return jdbc
                    .query(
                            "SELECT segment FROM %s WHERE partnership_id = :partnershipId".formatted(partnerships),
                            partnership(partnershipId),
                            (row, n) -> SegmentRange.upTo(row.getInt("segment")))
                    .stream()
                    .findFirst();
        }
        return segments(partnershipId).stream()
                .filter(span -> span.segment().equals(segment))
                .map(span -> SegmentRange.only(span.number()))
                .findFirst();
    }

    /**
     * The partnership's partners over {@code range}, in admission order: those admitted by its end, each
     * ACTIVE or WITHDRAWN as it stood at the end, with its counters summed over the range's segments.
     */
    public <T> List<T> partners(PartnershipId partnershipId, SegmentRange range, RowMapper<T> row) {
        return jdbc.query(
                """
                %s
                FROM %s p
                %s
                WHERE p.partnership_id = :partnershipId AND p.admitted_in <= :last
                GROUP BY p.partnership_id, p.partner_id
                ORDER BY p.seq
                """.formatted(partnersAsOf(":last"), partners, countsJoin()),
                counted(
                                partnershipId,
                                range.wholeLife() ? WHOLE_LIFE : range.first(),
                                range.wholeLife() ? WHOLE_LIFE : range.last())
                        .addValue("last", range.last()),
                row);
    }

    /**
     * The partnership's partners over its whole life, as {@link #partners} over the range {@link #range} finds,
     * but in one statement: one snapshot without a transaction, one round trip where the two reads took four.
     * Empty when the partnership was not formed.
     */
    public <T> Optional<List<T>> wholeLife(PartnershipId partnershipId, RowMapper<T> row) {
        // A formed partnership without partners is one row of nulls: the partnership's, joined to none.
        List<Optional<T>> rows = jdbc.query(
                """
                %s
                FROM %s f
                LEFT JOIN %s p ON p.partnership_id = f.partnership_id AND p.admitted_in <= f.segment
                %s
                WHERE f.partnership_id = :partnershipId
                GROUP BY f.partnership_id, p.partnership_id, p.partner_id
                ORDER BY p.seq
                """.formatted(partnersAsOf("f.segment"), partnerships, partners, countsJoin()),
                counted(partnershipId, WHOLE_LIFE, WHOLE_LIFE),
                (result, n) ->
                        result.getObject("partner_id") == null ? Optional.empty() : Optional.of(row.mapRow(result, n)));
        return rows.isEmpty()
                ? Optional.empty()
                : Optional.of(rows.stream().flatMap(Optional::stream).toList());
    }

    /** The columns of a partner's row in a report, its status as of the segment numbered {@code last}. */
    private String partnersAsOf(String last) {
        return """
                SELECT p.partner_id, p.name, p.sector,
                       CASE WHEN p.withdrawn_in <= %s THEN :withdrawn ELSE :active END AS status, %s
                """.formatted(last, sums);
    }

    /** Each partner's counters in the segments from {@code :countsFrom} to {@code :countsTo}. */
    private String countsJoin() {
        return """
                LEFT JOIN %s c ON c.partnership_id = p.partnership_id AND c.partner_id = p.partner_id
                               AND c.segment BETWEEN :countsFrom AND :countsTo
                """.formatted(counts);
    }

    /** The parameters of a report's partners with their counters summed over the rows numbered from and to. */
    private static MapSqlParameterSource counted(PartnershipId partnershipId, int countsFrom, int countsTo) {
        return partnership(partnershipId)
                .addValue("countsFrom", countsFrom)
                .addValue("countsTo", countsTo)
                .addValue("active", name(PartnerStatus.ACTIVE))
                .addValue("withdrawn", name(PartnerStatus.WITHDRAWN));
    }

    /** The segments the partnership has been in, oldest first. */
    public List<SegmentSpan> segments(PartnershipId partnershipId) {
        return jdbc.query(
                "SELECT * FROM %s WHERE partnership_id = :partnershipId ORDER BY segment".formatted(segments),
                partnership(partnershipId),
                (row, n) -> new SegmentSpan(
                        row.getInt("segment"), segment(row), instant(row, "began_at"), instant(row, "ended_at")));
    }

    /** For a view's reset. */
    public void empty() {
        for (String table : List.of(counts, partners, segments, partnerships)) {
            jdbc.execute("DELETE FROM " + table);
        }
    }

    private void begin(PartnershipId partnershipId, int number, Segment segment, Instant at) {
        jdbc.update(
                """
                INSERT INTO %s (partnership_id, segment, loop, phase, began_at)
                VALUES (:partnershipId, :segment, :loop, :phase, :at)
                """.formatted(segments),
                partnership(partnershipId)
                        .addValue("segment", number)
                        .addValue("loop", segment.loop())
                        .addValue("phase", name(segment.phase()))
                        .addValue("at", timestamp(at)));
    }

    private static MapSqlParameterSource partnership(PartnershipId partnershipId) {
        return new MapSqlParameterSource("partnershipId", partnershipId.value());
    }
}
