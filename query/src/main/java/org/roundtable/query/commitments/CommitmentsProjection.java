package org.roundtable.query.commitments;

import static org.roundtable.query.support.JdbcValues.name;
import static org.roundtable.query.support.JdbcValues.timestamp;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.PledgeId;
import org.roundtable.api.events.ContractCameIntoForce;
import org.roundtable.api.events.ContractLapsed;
import org.roundtable.api.events.ContractSigned;
import org.roundtable.api.events.ContractTermsDrafted;
import org.roundtable.api.events.EventTypes;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PledgeDelivered;
import org.roundtable.api.events.PledgeMade;
import org.roundtable.api.events.PledgeWithdrawn;
import org.roundtable.api.queries.CommitmentEntry;
import org.roundtable.query.support.PartnerTables;
import org.roundtable.query.support.ViewJdbc;
import org.roundtable.query.support.ViewNames;
import org.roundtable.query.support.ViewPositions;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the commitment tables: the history of commitment acts, each partner's pledges summed per
 * unit, and the pledges with their deliveries. It sums, so it relies on its processor applying each
 * event once (see {@link ViewPositions#recorder}); a replay after a reset sums from zero again.
 */
@Component
@ProcessingGroup(ViewNames.COMMITMENTS)
class CommitmentsProjection {

    /** The prefix of the view's {@link PartnerTables}. */
    static final String TABLES = "commitment";

    private final ViewJdbc jdbc;
    private final PartnerTables partners;

    CommitmentsProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = new ViewJdbc(jdbc);
        this.partners = new PartnerTables(this.jdbc, TABLES);
    }

    @EventHandler
    void on(PartnershipFormed event) {
        partners.form(event);
    }

    @EventHandler
    void on(PartnerAdmitted event, @Timestamp Instant at, @SequenceNumber long sequenceNumber) {
        partners.admit(event);
        history(
                event.partnershipId(),
                new CommitmentEntry(
                        type(event), at, sequence(sequenceNumber), event.partnerId(), null, null, null, null));
    }

    @EventHandler
    void on(PartnerWithdrawn event, @Timestamp Instant at, @SequenceNumber long sequenceNumber) {
        partners.withdraw(event);
        history(
                event.partnershipId(),
                new CommitmentEntry(
                        type(event), at, sequence(sequenceNumber), event.partnerId(), null, null, null, null));
    }

    @EventHandler
    void on(ContractTermsDrafted event, @Timestamp Instant at, @SequenceNumber long sequenceNumber) {
        history(
                event.partnershipId(),
                new CommitmentEntry(
                        type(event), at, sequence(sequenceNumber), null, event.version(), null, null, null));
    }

    @EventHandler
    void on(ContractSigned event, @Timestamp Instant at, @SequenceNumber long sequenceNumber) {
        history(
                event.partnershipId(),
                new CommitmentEntry(
                        type(event),
                        at,
                        sequence(sequenceNumber),
                        event.partnerId(),
                        event.version(),
                        null,
                        null,
                        null));
    }

    @EventHandler
    void on(ContractCameIntoForce event, @Timestamp Instant at, @SequenceNumber long sequenceNumber) {
        history(
                event.partnershipId(),
                new CommitmentEntry(
                        type(event), at, sequence(sequenceNumber), null, event.version(), null, null, null));
    }

    @EventHandler
    void on(ContractLapsed event, @Timestamp Instant at, @SequenceNumber long sequenceNumber) {
        history(
                event.partnershipId(),
                new CommitmentEntry(
                        type(event), at, sequence(sequenceNumber), null, event.version(), null, null, null));
    }

    /** The pledge's unit is ordered among the partner's units by its first pledge in it. */
    @EventHandler
    void on(PledgeMade event, @Timestamp Instant at, @SequenceNumber long sequenceNumber) {
        MapSqlParameterSource pledge = unit(event.partnershipId(), event.partnerId(), event.unit(), event.amount())
                .addValue("pledgeId", event.pledgeId().value())
                .addValue("kind", name(event.kind()))
                .addValue("description", event.description())
                .addValue("at", timestamp(at))
                .addValue("sequence", sequence(sequenceNumber));
        jdbc.update("""
                INSERT INTO commitment_pledge (pledge_id, partnership_id, partner_id, kind, amount, unit, description,
                                               pledged_at)
                VALUES (:pledgeId, :partnershipId, :partnerId, :kind, :amount, :unit, :description, :at)
                """, pledge);
        jdbc.update("""
                INSERT INTO commitment_unit (partnership_id, partner_id, unit, first_sequence, pledged)
                VALUES (:partnershipId, :partnerId, :unit, :sequence, :amount)
                ON CONFLICT (partnership_id, partner_id, unit)
                DO UPDATE SET pledged = commitment_unit.pledged + excluded.pledged
                """, pledge);
        history(
                event.partnershipId(),
                new CommitmentEntry(
                        type(event),
                        at,
                        sequence(sequenceNumber),
                        event.partnerId(),
                        null,
                        event.pledgeId(),
                        event.amount(),
                        event.unit()));
    }

    @EventHandler
    void on(PledgeDelivered event, @Timestamp Instant at, @SequenceNumber long sequenceNumber) {
        MapSqlParameterSource delivery = add(
                "delivered",
                event.pledgeId(),
                unit(event.partnershipId(), event.partnerId(), event.unit(), event.amount()));
        jdbc.update("""
                INSERT INTO commitment_delivery (pledge_id, seq, amount, note, delivered_at)
                SELECT :pledgeId, coalesce(max(seq), 0) + 1, :amount, :note, :at
                FROM commitment_delivery
                WHERE pledge_id = :pledgeId
                """, delivery.addValue("note", event.note()).addValue("at", timestamp(at)));
        history(
                event.partnershipId(),
                new CommitmentEntry(
                        type(event),
                        at,
                        sequence(sequenceNumber),
                        event.partnerId(),
                        null,
                        event.pledgeId(),
                        event.amount(),
                        event.unit()));
    }

    /** {@code amount} is what remained of the pledge; what was delivered of it stays delivered. */
    @EventHandler
    void on(PledgeWithdrawn event, @Timestamp Instant at, @SequenceNumber long sequenceNumber) {
        add(
                "withdrawn",
                event.pledgeId(),
                unit(event.partnershipId(), event.partnerId(), event.unit(), event.amount()));
        history(
                event.partnershipId(),
                new CommitmentEntry(
                        type(event),
                        at,
                        sequence(sequenceNumber),
                        event.partnerId(),
                        null,
                        event.pledgeId(),
                        event.amount(),
                        event.unit()));
    }

    @ResetHandler
    void reset() {
        jdbc.execute("DELETE FROM commitment_delivery");
        jdbc.execute("DELETE FROM commitment_pledge");
        jdbc.execute("DELETE FROM commitment_unit");
        jdbc.execute("DELETE FROM commitment_entry");
        partners.empty();
    }

    private void history(PartnershipId partnershipId, CommitmentEntry entry) {
        jdbc.update(
                """
                INSERT INTO commitment_entry (partnership_id, sequence, type, at, partner_id, version, pledge_id,
                                              amount, unit)
                VALUES (:partnershipId, :sequence, :type, :at, :partnerId, :version, :pledgeId, :amount, :unit)
                """,
                new MapSqlParameterSource()
                        .addValue("partnershipId", partnershipId.value())
                        .addValue("sequence", entry.sequence())
                        .addValue("type", entry.type())
                        .addValue("at", timestamp(entry.at()))
                        .addValue(
                                "partnerId",
                                entry.partnerId() == null
                                        ? null
                                        : entry.partnerId().value())
                        .addValue("version", entry.version())
                        .addValue(
                                "pledgeId",
                                entry.pledgeId() == null
                                        ? null
                                        : entry.pledgeId().value())
                        .addValue("amount", entry.amount())
                        .addValue("unit", entry.unit()));
    }

    /** Adds the amount to the {@code figure} (delivered or withdrawn) of the pledge and of its partner's unit. */
    private MapSqlParameterSource add(String figure, PledgeId pledgeId, MapSqlParameterSource unit) {
        unit.addValue("pledgeId", pledgeId.value());
        jdbc.update(
                "UPDATE commitment_pledge SET %1$s = %1$s + :amount WHERE pledge_id = :pledgeId".formatted(figure),
                unit);
        jdbc.update("""
                UPDATE commitment_unit SET %1$s = %1$s + :amount
                WHERE partnership_id = :partnershipId AND partner_id = :partnerId AND unit = :unit
                """.formatted(figure), unit);
        return unit;
    }

    private static MapSqlParameterSource unit(
            PartnershipId partnershipId, PartnerId partnerId, String unit, BigDecimal amount) {
        return new MapSqlParameterSource()
                .addValue("partnershipId", partnershipId.value())
                .addValue("partnerId", partnerId.value())
                .addValue("unit", unit)
                .addValue("amount", amount);
    }

    /** The event's stable name, as the audit export shows it. */
    private static String type(Object event) {
        return EventTypes.nameOf(event.getClass());
    }

    /** Axon numbers a stream from 0, the API from 1. */
    private static long sequence(long sequenceNumber) {
        return sequenceNumber + 1;
    }
}
