package org.roundtable.query.partnership;

import static org.roundtable.query.support.JdbcValues.enumValue;
import static org.roundtable.query.support.JdbcValues.instant;
import static org.roundtable.query.support.JdbcValues.name;
import static org.roundtable.query.support.JdbcValues.nullableInt;
import static org.roundtable.query.support.JdbcValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.api.ContractStatus;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnerStatus;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.Sector;
import org.roundtable.api.WitnessId;
import org.roundtable.api.queries.ContractView;
import org.roundtable.api.queries.FindPartnership;
import org.roundtable.api.queries.FindPartnerships;
import org.roundtable.api.queries.FindWitnesses;
import org.roundtable.api.queries.PartnerView;
import org.roundtable.api.queries.PartnershipPage;
import org.roundtable.api.queries.PartnershipSummary;
import org.roundtable.api.queries.PartnershipView;
import org.roundtable.api.queries.SignatureView;
import org.roundtable.api.queries.WitnessList;
import org.roundtable.api.queries.WitnessView;
import org.roundtable.query.support.ConsistentRead;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the partnership queries from the tables {@link PartnershipProjection} writes. */
@Component
class PartnershipQueryHandler {

    private final NamedParameterJdbcTemplate jdbc;
    private final ConsistentRead reads;

    PartnershipQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.reads = ConsistentRead.over(jdbc);
    }

    @QueryHandler
    Optional<PartnershipView> handle(FindPartnership query) {
        return reads.of(() -> {
            MapSqlParameterSource params = new MapSqlParameterSource(
                    "partnershipId", query.partnershipId().value());
            return jdbc.query("""
                            SELECT v.partnership_id, v.name, v.purpose, v.loop, v.phase, v.decision_method, v.quorum,
                                   v.require_every_sector, v.formed_at, v.contract_version, v.contract_status, c.terms
                            FROM partnership_view v
                            LEFT JOIN partnership_contract c
                                   ON c.partnership_id = v.partnership_id AND c.version = v.contract_version
                            WHERE v.partnership_id = :partnershipId
                            """, params, (row, n) -> header(row)).stream()
                    .findFirst()
                    .map(header -> header.view(partners(params), signatures(params, header.contractVersion())));
        });
    }

    /** The witnesses in order of registration; none for a partnership the view does not know. */
    @QueryHandler
    Optional<WitnessList> handle(FindWitnesses query) {
        return reads.of(() -> {
            MapSqlParameterSource params = new MapSqlParameterSource(
                    "partnershipId", query.partnershipId().value());
            Boolean known = jdbc.queryForObject(
                    "SELECT EXISTS (SELECT 1 FROM partnership_view WHERE partnership_id = :partnershipId)",
                    params,
                    Boolean.class);
            if (!Boolean.TRUE.equals(known)) {
                return Optional.empty();
            }
            return Optional.of(new WitnessList(jdbc.query(
                    """
                    SELECT witness_id, name, verifier_key, registered_at FROM partnership_witness
                    WHERE partnership_id = :partnershipId
                    ORDER BY seq
                    """,
                    params,
                    (row, n) -> new WitnessView(
                            new WitnessId(uuid(row, "witness_id")),
                            row.getString("name"),
                            row.getString("verifier_key"),
                            instant(row, "registered_at")))));
        });
    }

    /**
     * With a member, only the partnerships in which the access view gives that user a role: that view
     * owns the table, and this one reads it, so the list and a read of one partnership agree on who sees what.
     */
    @QueryHandler
    PartnershipPage handle(FindPartnerships query) {
        return reads.of(() -> {
            // Out-of-range paging yields an empty page rather than an SQL error.
            int size = Math.max(query.size(), 0);
            long offset = (long) Math.max(query.page(), 0) * size;
            String visible = query.member() == null ? "" : """
                    WHERE EXISTS (SELECT 1 FROM access_role a
                                  WHERE a.partnership_id = v.partnership_id AND a.user_name = :member)
                    """;
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("active", name(PartnerStatus.ACTIVE))
                    .addValue("member", query.member())
                    .addValue("limit", size)
                    .addValue("offset", offset);
            List<PartnershipSummary> items = jdbc.query(
                    """
                    SELECT v.partnership_id, v.name, v.phase, v.formed_at,
                           (SELECT count(*) FROM partnership_partner p
                            WHERE p.partnership_id = v.partnership_id AND p.status = :active) AS active_partners
                    FROM partnership_view v
                    """ + visible + """
                    ORDER BY v.formed_at DESC, v.partnership_id DESC
                    LIMIT :limit OFFSET :offset
                    """,
                    params,
                    (row, n) -> new PartnershipSummary(
                            new PartnershipId(uuid(row, "partnership_id")),
                            row.getString("name"),
                            enumValue(row, "phase", Phase.class),
                            row.getInt("active_partners"),
                            instant(row, "formed_at")));
            Long total = jdbc.queryForObject("SELECT count(*) FROM partnership_view v " + visible, params, Long.class);
            return new PartnershipPage(items, query.page(), query.size(), total == null ? 0 : total);
        });
    }

    /** Partners in the order they joined. */
    private List<PartnerView> partners(MapSqlParameterSource params) {
        return jdbc.query(
                """
                SELECT partner_id, name, sector, status, joined_at, withdrawn_at
                FROM partnership_partner
                WHERE partnership_id = :partnershipId
                ORDER BY seq
                """,
                params,
                (row, n) -> new PartnerView(
                        new PartnerId(uuid(row, "partner_id")),
                        row.getString("name"),
                        enumValue(row, "sector", Sector.class),
                        enumValue(row, "status", PartnerStatus.class),
                        instant(row, "joined_at"),
                        instant(row, "withdrawn_at")));
    }

    /**
     * Signatures of the version the header showed, in signing order: asking for that version
     * rather than the current one keeps terms and signatures consistent if a draft lands between.
     */
    private List<SignatureView> signatures(MapSqlParameterSource params, Integer version) {
        if (version == null) {
            return List.of();
        }
        return jdbc.query(
                """
                SELECT partner_id, signatory, signed_at
                FROM partnership_signature
                WHERE partnership_id = :partnershipId AND version = :version
                ORDER BY seq
                """,
                new MapSqlParameterSource(params.getValues()).addValue("version", version),
                (row, n) -> new SignatureView(
                        new PartnerId(uuid(row, "partner_id")), row.getString("signatory"), instant(row, "signed_at")));
    }

    private static Header header(ResultSet row) throws SQLException {
        return new Header(
                new PartnershipId(uuid(row, "partnership_id")),
                row.getString("name"),
                row.getString("purpose"),
                enumValue(row, "phase", Phase.class),
                row.getInt("loop"),
                new DecisionRule(
                        enumValue(row, "decision_method", DecisionMethod.class),
                        row.getBigDecimal("quorum"),
                        row.getBoolean("require_every_sector")),
                instant(row, "formed_at"),
                nullableInt(row, "contract_version"),
                enumValue(row, "contract_status", ContractStatus.class),
                row.getString("terms"));
    }

    /** The partnership_view row with its current terms, before partners and signatures are read. */
    private record Header(
            PartnershipId id,
            String name,
            String purpose,
            Phase phase,
            int loop,
            DecisionRule decisionRule,
            Instant formedAt,
            Integer contractVersion,
            ContractStatus contractStatus,
            String terms) {

        PartnershipView view(List<PartnerView> partners, List<SignatureView> signatures) {
            ContractView contract = new ContractView(
                    contractVersion,
                    contractStatus,
                    terms,
                    signatures.stream().map(SignatureView::partnerId).toList(),
                    signatures);
            return new PartnershipView(id, name, purpose, phase, loop, decisionRule, formedAt, partners, contract);
        }
    }
}
