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
import org.roundtable.query.support.PartnerTables;
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
    private final PartnerTables partners;

    PowerBalanceQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.reads = ConsistentRead.over(jdbc);
        this.partners = new PartnerTables(jdbc, PowerBalanceProjection.TABLES);
    }

    @QueryHandler
    Optional<PowerBalanceReport> handle(FindPowerBalance query) {
        return reads.of(() -> {
            if (!partners.knows(query.partnershipId())) {
                return Optional.empty();
            }
            List<PowerFlag> sectorsOverruled = jdbc.query(
                    """
                    SELECT proposal_id, sector FROM power_sector_overruled
                    WHERE partnership_id = :partnershipId
                    ORDER BY seq
                    """,
                    new MapSqlParameterSource(
                            "partnershipId", query.partnershipId().value()),
                    (row, n) -> PowerFlag.sectorOverruled(
                            new ProposalId(uuid(row, "proposal_id")), enumValue(row, "sector", Sector.class)));
            List<PartnerWeight> weights = partners.partners(query.partnershipId(), (row, n) -> PartnerWeight.of(row));
            return Optional.of(new PowerBalance(weights, sectorsOverruled).report());
        });
    }
}
