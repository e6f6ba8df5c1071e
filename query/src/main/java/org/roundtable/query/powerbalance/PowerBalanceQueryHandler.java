package org.roundtable.query.powerbalance;

import static org.roundtable.query.support.JdbcValues.enumValue;
import static org.roundtable.query.support.JdbcValues.uuid;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.api.ProposalId;
import org.roundtable.api.Sector;
import org.roundtable.api.queries.FindPowerBalance;
import org.roundtable.api.queries.PowerBalanceReport;
import org.roundtable.api.queries.PowerFlag;
import org.roundtable.query.support.ConsistentRead;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the power-balance report from the tables {@link PowerBalanceProjection} writes: one row
 * per partner and one per SECTOR_OVERRULED finding; its figures are reckoned by {@link PowerBalance}.
 */
@Component
class PowerBalanceQueryHandler {

    private final NamedParameterJdbcTemplate jdbc;
    private final ConsistentRead reads;

    PowerBalanceQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.reads = ConsistentRead.over(jdbc);
    }

    @QueryHandler
    Optional<PowerBalanceReport> handle(FindPowerBalance query) {
        return reads.of(() -> {
            MapSqlParameterSource params = new MapSqlParameterSource("partnershipId", query.partnershipId().value());
            Boolean known = jdbc.queryForObject(
                    "SELECT EXISTS (SELECT 1 FROM power_partnership WHERE partnership_id = :partnershipId)",
                    params, Boolean.class);
            if (!Boolean.TRUE.equals(known)) {
                return Optional.empty();
            }
            List<PartnerWeight> partners = jdbc.query(
                    "SELECT * FROM power_partner WHERE partnership_id = :partnershipId ORDER BY seq",
                    params, (row, n) -> PartnerWeight.of(row));
            List<PowerFlag> sectorsOverruled = jdbc.query("""
                    SELECT proposal_id, sector FROM power_sector_overruled
                    WHERE partnership_id = :partnershipId
                    ORDER BY seq
                    """, params, (row, n) -> PowerFlag.sectorOverruled(new ProposalId(uuid(row, "proposal_id")),
                    enumValue(row, "sector", Sector.class)));
            return Optional.of(new PowerBalance(partners, sectorsOverruled).report());
        });
    }
}
