package org.roundtable.query.commitments;

import static org.roundtable.query.support.JdbcValues.instant;
import static org.roundtable.query.support.JdbcValues.nullableInt;
import static org.roundtable.query.support.JdbcValues.uuid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.PledgeId;
import org.roundtable.api.queries.CommitmentEntry;
import org.roundtable.api.queries.CommitmentsReport;
import org.roundtable.api.queries.DeliveryView;
import org.roundtable.api.queries.FindCommitments;
import org.roundtable.api.queries.FindPledge;
import org.roundtable.api.queries.PartnerCommitments;
import org.roundtable.api.queries.PledgeView;
import org.roundtable.api.queries.UnitCommitments;
import org.roundtable.query.support.ConsistentRead;
import org.roundtable.query.support.Member;
import org.roundtable.query.support.PartnerTables;
import org.roundtable.query.support.ViewJdbc;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the commitments report and the pledges from the tables {@link CommitmentsProjection}
 * writes: one row per commitment act, per partner and per partner's unit.
 */
@Component
class CommitmentsQueryHandler {

    private final NamedParameterJdbcTemplate jdbc;
    private final ConsistentRead reads;
    private final PartnerTables partners;

    CommitmentsQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.reads = ConsistentRead.over(jdbc);
        this.partners = new PartnerTables(new ViewJdbc(jdbc), CommitmentsProjection.TABLES);
    }

    @QueryHandler
    Optional<CommitmentsReport> handle(FindCommitments query) {
        return reads.of(() -> {
            if (!partners.knows(query.partnershipId())) {
                return Optional.empty();
            }
            return Optional.of(new CommitmentsReport(history(query.partnershipId()), partners(query.partnershipId())));
        });
    }

    @QueryHandler
    Optional<PledgeView> handle(FindPledge query) {
        return reads.of(() -> {
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("partnershipId", query.partnershipId().value())
                    .addValue("pledgeId", query.pledgeId().value());
            // Filtering on the partnership too keeps one partnership's URL from showing another's pledge.
            return jdbc.query("""
                            SELECT * FROM commitment_pledge
                            WHERE pledge_id = :pledgeId AND partnership_id = :partnershipId
                            """, params, (row, n) -> PledgeRow.of(row)).stream()
                    .findFirst()
                    .map(pledge -> pledge.view(deliveries(params)));
        });
    }

    private List<CommitmentEntry> history(PartnershipId partnershipId) {
        return jdbc.query(
                """
                SELECT * FROM commitment_entry
                WHERE partnership_id = :partnershipId
                ORDER BY sequence
                """,
                new MapSqlParameterSource("partnershipId", partnershipId.value()),
                (row, n) -> new CommitmentEntry(
                        row.getString("type"),
                        instant(row, "at"),
                        row.getLong("sequence"),
                        partnerId(uuid(row, "partner_id")),
                        nullableInt(row, "version"),
                        pledgeId(uuid(row, "pledge_id")),
                        row.getBigDecimal("amount"),
                        row.getString("unit")));
    }

    /** Every partner (active or withdrawn) by admission, with its units in the order of its first pledge in each. */
    private List<PartnerCommitments> partners(PartnershipId partnershipId) {
        Map<PartnerId, List<UnitCommitments>> units = new HashMap<>();
        jdbc.query(
                        """
                SELECT * FROM commitment_unit
                WHERE partnership_id = :partnershipId
                ORDER BY first_sequence
                """,
                        new MapSqlParameterSource("partnershipId", partnershipId.value()),
                        (row, n) -> UnitTotals.of(row))
                .forEach(unit -> units.computeIfAbsent(unit.partnerId(), partner -> new ArrayList<>())
                        .add(unit.view()));
        return partners.partners(partnershipId, (row, n) -> Member.of(row)).stream()
                .map(partner -> new PartnerCommitments(
                        partner.partnerId(),
                        partner.name(),
                        partner.status(),
                        List.copyOf(units.getOrDefault(partner.partnerId(), List.of()))))
                .toList();
    }

    private List<DeliveryView> deliveries(MapSqlParameterSource params) {
        return jdbc.query(
                """
                SELECT amount, note, delivered_at
                FROM commitment_delivery
                WHERE pledge_id = :pledgeId
                ORDER BY seq
                """,
                params,
                (row, n) -> new DeliveryView(
                        row.getBigDecimal("amount"), row.getString("note"), instant(row, "delivered_at")));
    }

    /** Null for an act of no partner (a contract draft, say). */
    private static PartnerId partnerId(UUID value) {
        return value == null ? null : new PartnerId(value);
    }

    /** Null for an act about no pledge. */
    private static PledgeId pledgeId(UUID value) {
        return value == null ? null : new PledgeId(value);
    }
}
