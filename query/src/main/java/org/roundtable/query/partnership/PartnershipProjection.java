package org.roundtable.query.partnership;

import static org.roundtable.query.support.JdbcValues.name;
import static org.roundtable.query.support.JdbcValues.segment;
import static org.roundtable.query.support.JdbcValues.timestamp;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.roundtable.api.ContractStatus;
import org.roundtable.api.PartnerStatus;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Segment;
import org.roundtable.api.events.ContractCameIntoForce;
import org.roundtable.api.events.ContractLapsed;
import org.roundtable.api.events.ContractSigned;
import org.roundtable.api.events.ContractTermsDrafted;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.api.events.WitnessRegistered;
import org.roundtable.query.support.ViewJdbc;
import org.roundtable.query.support.ViewNames;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the partnership tables. Inserts are keyed by natural ids and state changes guarded where
 * order matters; the rest (a phase change, read-modify-write) is safe because a processor re-delivers whole batches
 * in stream order. So a re-delivered event changes nothing and a replay rebuilds the same rows.
 */
@Component
@ProcessingGroup(ViewNames.PARTNERSHIP)
class PartnershipProjection {

    /**
     * What {@link ViewJdbc#takePlaces} keeps the last place in a partnership's order of admissions under: the
     * batch's admissions are then plain INSERTs the driver folds, where {@code INSERT … SELECT max(seq) + 1}
     * was a statement each.
     */
    private static final String PARTNERS_PLACED = "partners placed";
    /** The same for a partnership's order of signatures: 25,000 statements of their own in a rebuild. */
    private static final String SIGNATURES_PLACED = "signatures placed";

    private final ViewJdbc jdbc;

    PartnershipProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = new ViewJdbc(jdbc);
    }

    @EventHandler
    void on(PartnershipFormed event, @Timestamp Instant at) {
        Segment first = Segment.formed(event);
        jdbc.update(
                """
                INSERT INTO partnership_view (partnership_id, name, purpose, loop, phase, decision_method, quorum,
                                              require_every_sector, formed_at, contract_status)
                VALUES (:partnershipId, :name, :purpose, :loop, :phase, :method, :quorum,
                        :requireEverySector, :at, :status)
                ON CONFLICT (partnership_id) DO NOTHING
                """,
                params(event.partnershipId())
                        .addValue("name", event.name())
                        .addValue("purpose", event.purpose())
                        .addValue("loop", first.loop())
                        .addValue("phase", name(first.phase()))
                        .addValue("method", name(event.decisionRule().method()))
                        .addValue("quorum", event.decisionRule().quorum())
                        .addValue("requireEverySector", event.decisionRule().requireEverySector())
                        .addValue("at", timestamp(at))
                        .addValue("status", name(ContractStatus.NONE)));
    }

    @EventHandler
    void on(PartnerAdmitted event, @Timestamp Instant at) {
        int seq = jdbc.takePlaces(
                PARTNERS_PLACED,
                event.partnershipId().value(),
                1,
                "SELECT coalesce(max(seq), 0) FROM partnership_partner WHERE partnership_id = :id");
        jdbc.update(
                """
                INSERT INTO partnership_partner (partnership_id, partner_id, seq, name, sector, status, joined_at)
                VALUES (:partnershipId, :partnerId, :seq, :name, :sector, :status, :at)
                ON CONFLICT (partnership_id, partner_id) DO NOTHING
                """,
                params(event.partnershipId())
                        .addValue("partnerId", event.partnerId().value())
                        .addValue("seq", seq)
                        .addValue("name", event.name())
                        .addValue("sector", name(event.sector()))
                        .addValue("status", name(PartnerStatus.ACTIVE))
                        .addValue("at", timestamp(at)));
    }

    @EventHandler
    void on(PartnerWithdrawn event, @Timestamp Instant at) {
        // Only the first delivery counts, so a re-delivery cannot move withdrawnAt.
        jdbc.update(
                """
                UPDATE partnership_partner
                SET status = :withdrawn, withdrawn_at = :at
                WHERE partnership_id = :partnershipId AND partner_id = :partnerId AND status = :active
                """,
                params(event.partnershipId())
                        .addValue("partnerId", event.partnerId().value())
                        .addValue("withdrawn", name(PartnerStatus.WITHDRAWN))
                        .addValue("active", name(PartnerStatus.ACTIVE))
                        .addValue("at", timestamp(at)));
    }

    /** The segment after the move, by the one rule of {@link Segment}, from the one the row is in. */
    @EventHandler
    void on(PhaseChanged event) {
        MapSqlParameterSource params = params(event.partnershipId());
        jdbc
                .query(
                        "SELECT loop, phase FROM partnership_view WHERE partnership_id = :partnershipId",
                        params,
                        (row, n) -> segment(row))
                .stream()
                .findFirst()
                .map(before -> Segment.of(before, event))
                .ifPresent(after -> jdbc.update(
                        "UPDATE partnership_view SET loop = :loop, phase = :phase WHERE partnership_id = :partnershipId",
                        params.addValue("loop", after.loop()).addValue("phase", name(after.phase()))));
    }

    @EventHandler
    void on(ContractTermsDrafted event, @Timestamp Instant at) {
        MapSqlParameterSource params = params(event.partnershipId())
                .addValue("version", event.version())
                .addValue("terms", event.terms())
                .addValue("at", timestamp(at))
                .addValue("draft", name(ContractStatus.DRAFT));
        jdbc.update("""
                INSERT INTO partnership_contract (partnership_id, version, terms, drafted_at)
                VALUES (:partnershipId, :version, :terms, :at)
                ON CONFLICT (partnership_id, version) DO NOTHING
                """, params);
        // Versions only grow: a re-delivered older draft must not roll the contract back.
        jdbc.update("""
                UPDATE partnership_view
                SET contract_version = :version, contract_status = :draft
                WHERE partnership_id = :partnershipId
                  AND (contract_version IS NULL OR contract_version < :version)
                """, params);
    }

    @EventHandler
    void on(ContractSigned event, @Timestamp Instant at) {
        int seq = jdbc.takePlaces(
                SIGNATURES_PLACED,
                event.partnershipId().value(),
                1,
                "SELECT coalesce(max(seq), 0) FROM partnership_signature WHERE partnership_id = :id");
        jdbc.update(
                """
                INSERT INTO partnership_signature (partnership_id, version, partner_id, seq, signatory, signed_at)
                VALUES (:partnershipId, :version, :partnerId, :seq, :signatory, :at)
                ON CONFLICT (partnership_id, version, partner_id) DO NOTHING
                """,
                params(event.partnershipId())
                        .addValue("version", event.version())
                        .addValue("seq", seq)
                        .addValue("partnerId", event.partnerId().value())
                        .addValue("signatory", event.signatory())
                        .addValue("at", timestamp(at)));
    }

    @EventHandler
    void on(ContractCameIntoForce event) {
        setContractStatus(event.partnershipId(), event.version(), ContractStatus.IN_FORCE);
    }

    @EventHandler
    void on(ContractLapsed event) {
        setContractStatus(event.partnershipId(), event.version(), ContractStatus.DRAFT);
    }

    /** Changes no row: it makes Axon deliver every event, so the view's position follows the whole stream. */
    @EventHandler
    void on(WitnessRegistered event, @Timestamp Instant at) {
        jdbc.update(
                """
                INSERT INTO partnership_witness (witness_id, partnership_id, seq, name, verifier_key, registered_at)
                SELECT :witnessId, :partnershipId, coalesce(max(seq), 0) + 1, :name, :verifierKey, :at
                FROM partnership_witness
                WHERE partnership_id = :partnershipId
                """,
                new MapSqlParameterSource()
                        .addValue("witnessId", event.witnessId().value())
                        .addValue("partnershipId", event.partnershipId().value())
                        .addValue("name", event.name())
                        .addValue("verifierKey", event.verifierKey())
                        .addValue("at", timestamp(at)));
    }

    @ResetHandler
    void reset() {
        jdbc.execute("DELETE FROM partnership_witness");
        jdbc.execute("DELETE FROM partnership_signature");
        jdbc.execute("DELETE FROM partnership_contract");
        jdbc.execute("DELETE FROM partnership_partner");
        jdbc.execute("DELETE FROM partnership_view");
    }

    /** The status belongs to a version: an event about a superseded version changes nothing. */
    private void setContractStatus(PartnershipId partnershipId, int version, ContractStatus status) {
        jdbc.update("""
                UPDATE partnership_view
                SET contract_status = :status
                WHERE partnership_id = :partnershipId AND contract_version = :version
                """, params(partnershipId).addValue("version", version).addValue("status", name(status)));
    }

    private static MapSqlParameterSource params(PartnershipId partnershipId) {
        return new MapSqlParameterSource("partnershipId", partnershipId.value());
    }
}
