package org.roundtable.query.powerbalance;

import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.api.queries.FindPowerBalance;
import org.roundtable.api.queries.PowerBalanceReport;
import org.roundtable.query.support.ConsistentRead;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the power-balance report from the tables {@link PowerBalanceProjection} writes: one row per
 * partner (its counters summed over the segments it covers) and one per SECTOR_OVERRULED finding; its
 * figures are reckoned by {@link PowerBalance}.
 */
@Component
class PowerBalanceQueryHandler {

    private final ConsistentRead reads;
    private final DecisionCounters counters;

    PowerBalanceQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.reads = ConsistentRead.over(jdbc);
        this.counters = new DecisionCounters(jdbc);
    }

    @QueryHandler
    Optional<PowerBalanceReport> handle(FindPowerBalance query) {
        return reads.of(
                () -> counters.over(query.partnershipId(), query.segment()).map(PowerBalance::report));
    }
}
