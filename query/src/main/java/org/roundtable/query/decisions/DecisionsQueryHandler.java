package org.roundtable.query.decisions;

import static org.roundtable.query.support.JdbcValues.enumValue;
import static org.roundtable.query.support.JdbcValues.instant;
import static org.roundtable.query.support.JdbcValues.name;
import static org.roundtable.query.support.JdbcValues.nullableBoolean;
import static org.roundtable.query.support.JdbcValues.nullableDouble;
import static org.roundtable.query.support.JdbcValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.api.Evidence;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.IndicatorProgress;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.ProposalStatus;
import org.roundtable.api.ScalingGate;
import org.roundtable.api.Tally;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.queries.Agenda;
import org.roundtable.api.queries.AgendaItem;
import org.roundtable.api.queries.DecisionLog;
import org.roundtable.api.queries.DecisionView;
import org.roundtable.api.queries.FindAgenda;
import org.roundtable.api.queries.FindDecisions;
import org.roundtable.api.queries.FindProposal;
import org.roundtable.api.queries.ProposalView;
import org.roundtable.api.queries.VoteView;
import org.roundtable.query.support.ConsistentRead;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the proposal and decision-log queries from the tables {@link DecisionsProjection} writes. */
@Component
class DecisionsQueryHandler {

    private final NamedParameterJdbcTemplate jdbc;
    private final ConsistentRead reads;

    DecisionsQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.reads = ConsistentRead.over(jdbc);
    }

    @QueryHandler
    Optional<ProposalView> handle(FindProposal query) {
        return reads.of(() -> {
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("partnershipId", query.partnershipId().value())
                    .addValue("proposalId", query.proposalId().value());
            // Filtering on the partnership too keeps one partnership's URL from showing another's proposal.
            return jdbc.query("""
                            SELECT * FROM decision_proposal
                            WHERE proposal_id = :proposalId AND partnership_id = :partnershipId
                            """, params, (row, n) -> proposal(row)).stream()
                    .findFirst()
                    .map(proposal -> {
                        List<VoteView> votes = latestVotes(params);
                        Tally tally = proposal.status() == ProposalStatus.CLOSED
                                ? proposal.closingTally()
                                : runningTally(electorate(params), votes);
                        return proposal.view(
                                tally,
                                votes,
                                evidence(params),
                                gate(
                                        proposal.gateMet(),
                                        gateIndicators("g.proposal_id = :proposalId", params)
                                                .getOrDefault(proposal.id().value(), List.of())));
                    });
        });
    }

    @QueryHandler
    Optional<Agenda> handle(FindAgenda query) {
        return reads.of(() -> {
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("partnershipId", query.partnershipId().value())
                    .addValue("open", name(ProposalStatus.OPEN));
            if (!knows(params)) {
                return Optional.empty();
            }
            return Optional.of(new Agenda(jdbc.query(
                    """
                    SELECT proposal_id, partner_id, kind, title, submitted_at FROM decision_proposal
                    WHERE partnership_id = :partnershipId AND status = :open
                    ORDER BY submitted_at, proposal_id
                    """,
                    params,
                    (row, n) -> new AgendaItem(
                            new ProposalId(uuid(row, "proposal_id")),
                            new PartnerId(uuid(row, "partner_id")),
                            enumValue(row, "kind", ProposalKind.class),
                            row.getString("title"),
                            instant(row, "submitted_at")))));
        });
    }

    @QueryHandler
    Optional<DecisionLog> handle(FindDecisions query) {
        return reads.of(() -> {
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("partnershipId", query.partnershipId().value())
                    .addValue("closed", name(ProposalStatus.CLOSED));
            if (!knows(params)) {
                return Optional.empty();
            }
            Map<UUID, List<IndicatorProgress>> gates =
                    gateIndicators("p.partnership_id = :partnershipId AND p.status = :closed", params);
            List<DecisionView> decisions = jdbc.query(
                    """
                    SELECT * FROM decision_proposal
                    WHERE partnership_id = :partnershipId AND status = :closed
                    ORDER BY closed_seq
                    """,
                    params,
                    (row, n) -> new DecisionView(
                            new ProposalId(uuid(row, "proposal_id")),
                            new PartnerId(uuid(row, "partner_id")),
                            enumValue(row, "kind", ProposalKind.class),
                            row.getString("title"),
                            enumValue(row, "target_phase", Phase.class),
                            enumValue(row, "outcome", Outcome.class),
                            closingTally(row),
                            instant(row, "submitted_at"),
                            instant(row, "closed_at"),
                            gate(
                                    nullableBoolean(row, "gate_met"),
                                    gates.getOrDefault(uuid(row, "proposal_id"), List.of()))));
            return Optional.of(new DecisionLog(decisions));
        });
    }

    private boolean knows(MapSqlParameterSource params) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM decision_partnership WHERE partnership_id = :partnershipId)",
                params,
                Boolean.class));
    }

    /** The indicators a proposal cites, as the voters saw them, in the order cited. */
    private List<Evidence> evidence(MapSqlParameterSource params) {
        return jdbc.query(
                """
                SELECT indicator_id, value, progress FROM decision_evidence
                WHERE proposal_id = :proposalId
                ORDER BY position
                """,
                params,
                (row, n) -> new Evidence(
                        new IndicatorId(uuid(row, "indicator_id")),
                        row.getBigDecimal("value"),
                        nullableDouble(row, "progress")));
    }

    /**
     * The progress at closing of the indicators each proposal's gate held, in the gate's order, for the
     * proposals {@code where} selects ({@code p} the proposal, {@code g} the gate's rows).
     */
    private Map<UUID, List<IndicatorProgress>> gateIndicators(String where, MapSqlParameterSource params) {
        Map<UUID, List<IndicatorProgress>> gates = new HashMap<>();
        jdbc.query("""
                SELECT g.proposal_id, g.indicator_id, g.progress
                FROM decision_gate_indicator g JOIN decision_proposal p ON p.proposal_id = g.proposal_id
                WHERE %s
                ORDER BY g.proposal_id, g.position
                """.formatted(where), params, (RowCallbackHandler) row -> gates.computeIfAbsent(
                        uuid(row, "proposal_id"), id -> new ArrayList<>())
                .add(new IndicatorProgress(
                        new IndicatorId(uuid(row, "indicator_id")), nullableDouble(row, "progress"))));
        return gates;
    }

    /** The scaling gate as recorded at closing; null for a proposal that passed none. */
    private static ScalingGate gate(Boolean met, List<IndicatorProgress> indicators) {
        return met == null ? null : new ScalingGate(met, indicators);
    }

    private static ProposalRow proposal(ResultSet row) throws SQLException {
        ProposalStatus status = enumValue(row, "status", ProposalStatus.class);
        return new ProposalRow(
                new ProposalId(uuid(row, "proposal_id")),
                new PartnerId(uuid(row, "partner_id")),
                enumValue(row, "kind", ProposalKind.class),
                row.getString("title"),
                row.getString("text"),
                enumValue(row, "target_phase", Phase.class),
                status,
                enumValue(row, "outcome", Outcome.class),
                status == ProposalStatus.CLOSED ? closingTally(row) : null,
                instant(row, "submitted_at"),
                instant(row, "closed_at"),
                definition(row),
                nullableBoolean(row, "gate_met"));
    }

    /** What an INDICATOR proposal defines; null when it defines nothing. */
    private static IndicatorDefinition definition(ResultSet row) throws SQLException {
        String name = row.getString("indicator_name");
        return name == null
                ? null
                : new IndicatorDefinition(
                        name,
                        row.getString("indicator_unit"),
                        row.getBigDecimal("indicator_baseline"),
                        row.getBigDecimal("indicator_target"));
    }

    /** The latest vote of each partner, in the order the partners first voted. */
    private List<VoteView> latestVotes(MapSqlParameterSource params) {
        return jdbc.query(
                """
                SELECT partner_id, choice, rationale, cast_at
                FROM decision_vote
                WHERE proposal_id = :proposalId
                ORDER BY seq
                """,
                params,
                (row, n) -> new VoteView(
                        new PartnerId(uuid(row, "partner_id")),
                        enumValue(row, "choice", VoteChoice.class),
                        row.getString("rationale"),
                        instant(row, "cast_at")));
    }

    private Set<PartnerId> electorate(MapSqlParameterSource params) {
        Set<PartnerId> electorate = new HashSet<>();
        jdbc.query(
                "SELECT unnest(partner_ids) AS partner_id FROM decision_electorate WHERE proposal_id = :proposalId",
                params,
                (RowCallbackHandler) row -> electorate.add(new PartnerId(uuid(row, "partner_id"))));
        return electorate;
    }

    /** While a proposal is open its tally is counted as the write side will count it at closing. */
    private static Tally runningTally(Set<PartnerId> electorate, List<VoteView> votes) {
        List<VoteChoice> electorsVotes = votes.stream()
                .filter(vote -> electorate.contains(vote.partnerId()))
                .map(VoteView::choice)
                .toList();
        return Tally.count(electorsVotes, electorate.size());
    }

    private static Tally closingTally(ResultSet row) throws SQLException {
        return new Tally(
                row.getInt("tally_agree"),
                row.getInt("tally_abstain"),
                row.getInt("tally_disagree"),
                row.getInt("tally_block"),
                row.getInt("tally_eligible"),
                row.getInt("tally_voted"));
    }

    /** A decision_proposal row, before its votes are read; {@code closingTally} is null while open. */
    private record ProposalRow(
            ProposalId id,
            PartnerId partnerId,
            ProposalKind kind,
            String title,
            String text,
            Phase targetPhase,
            ProposalStatus status,
            Outcome outcome,
            Tally closingTally,
            Instant submittedAt,
            Instant closedAt,
            IndicatorDefinition indicator,
            Boolean gateMet) {

        ProposalView view(Tally tally, List<VoteView> votes, List<Evidence> evidence, ScalingGate gate) {
            return new ProposalView(
                    id,
                    partnerId,
                    kind,
                    title,
                    text,
                    targetPhase,
                    status,
                    outcome,
                    tally,
                    votes,
                    submittedAt,
                    closedAt,
                    indicator,
                    evidence,
                    gate);
        }
    }
}
