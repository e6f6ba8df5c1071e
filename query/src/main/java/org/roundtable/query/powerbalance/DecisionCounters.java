package org.roundtable.query.powerbalance;

import static org.roundtable.query.support.JdbcValues.enumValue;
import static org.roundtable.query.support.JdbcValues.uuid;

import java.util.List;
import java.util.Optional;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.ProposalId;
import org.roundtable.api.Sector;
import org.roundtable.api.Segment;
import org.roundtable.api.queries.PowerFlag;
import org.roundtable.query.support.SegmentCounters;
import org.roundtable.query.support.SegmentRange;
import org.roundtable.query.support.ViewJdbc;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads the power-balance view's counters and findings into a {@link PowerBalance}, over a partnership's
 * whole life or one segment, for the power-balance report and the trends. Callers read inside one
 * consistent transaction.
 */
public final class DecisionCounters {

    private final NamedParameterJdbcTemplate jdbc;
    private final SegmentCounters partners;

    public DecisionCounters(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.partners =
                new SegmentCounters(new ViewJdbc(jdbc), PowerBalanceProjection.TABLES, PowerBalanceProjection.COUNTERS);
    }

    /** Over the whole life for {@code segment} null; empty for an unknown partnership or a segment it has not been in. */
    public Optional<PowerBalance> over(PartnershipId partnershipId, Segment segment) {
        return partners.range(partnershipId, segment).map(range -> over(partnershipId, range));
    }

    /**
     * Over the segments of {@code range}; a segment this view has not reached yet (it trails the view the
     * caller took the range from) shows its partners with no decisions.
     */
    public PowerBalance over(PartnershipId partnershipId, SegmentRange range) {
        return new PowerBalance(
                partners.partners(partnershipId, range, (row, n) -> PartnerWeight.of(row)),
                sectorsOverruled(partnershipId, range));
    }

    private List<PowerFlag> sectorsOverruled(PartnershipId partnershipId, SegmentRange range) {
        return jdbc.query(
                """
                SELECT proposal_id, sector FROM power_sector_overruled
                WHERE partnership_id = :partnershipId AND segment BETWEEN :first AND :last
                ORDER BY seq
                """,
                new MapSqlParameterSource("partnershipId", partnershipId.value())
                        .addValue("first", range.first())
                        .addValue("last", range.last()),
                (row, n) -> PowerFlag.sectorOverruled(
                        new ProposalId(uuid(row, "proposal_id")), enumValue(row, "sector", Sector.class)));
    }
}
