package org.roundtable.query.indicators;

import static org.roundtable.query.support.JdbcValues.name;
import static org.roundtable.query.support.JdbcValues.segment;
import static org.roundtable.query.support.JdbcValues.timestamp;

import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.roundtable.api.LatestMeasurement;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Segment;
import org.roundtable.api.events.IndicatorAdopted;
import org.roundtable.api.events.MeasurementRecorded;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.query.support.ViewJdbc;
import org.roundtable.query.support.ViewNames;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the indicator tables. It folds each partnership's {@link Segment} as the events pass, to file
 * every measurement under the segment in force when it was recorded, and keeps each indicator's
 * {@link LatestMeasurement}; both read what they change, which is safe because the view's position
 * recorder lets each event through once, in stream order. Inserts are keyed by natural ids.
 */
@Component
@ProcessingGroup(ViewNames.INDICATORS)
class IndicatorsProjection {

    private final ViewJdbc jdbc;

    IndicatorsProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = new ViewJdbc(jdbc);
    }

    @EventHandler
    void on(PartnershipFormed event) {
        Segment first = Segment.formed(event);
        jdbc.update(
                """
                INSERT INTO indicator_partnership (partnership_id, loop, phase) VALUES (:partnershipId, :loop, :phase)
                ON CONFLICT (partnership_id) DO NOTHING
                """,
                params(event.partnershipId()).addValue("loop", first.loop()).addValue("phase", name(first.phase())));
    }

    @EventHandler
    void on(PhaseChanged event) {
        segmentInForce(event.partnershipId())
                .map(before -> Segment.of(before, event))
                .ifPresent(after -> jdbc.update(
                        """
                        UPDATE indicator_partnership SET loop = :loop, phase = :phase
                        WHERE partnership_id = :partnershipId
                        """,
                        params(event.partnershipId())
                                .addValue("loop", after.loop())
                                .addValue("phase", name(after.phase()))));
    }

    /** Ordered by the adoption's place in the stream (Axon counts from 0, the API from 1), which a replay gives again. */
    @EventHandler
    void on(IndicatorAdopted event, @SequenceNumber long axonSequence, @Timestamp Instant at) {
        jdbc.update(
                """
                INSERT INTO indicator_definition (indicator_id, partnership_id, adopted_seq, name, unit, baseline, target,
                                                  adopted_at)
                VALUES (:indicatorId, :partnershipId, :sequence, :name, :unit, :baseline, :target, :at)
                ON CONFLICT (indicator_id) DO NOTHING
                """,
                params(event.partnershipId())
                        .addValue("indicatorId", event.indicatorId().value())
                        .addValue("sequence", axonSequence + 1)
                        .addValue("name", event.name())
                        .addValue("unit", event.unit())
                        .addValue("baseline", event.baseline())
                        .addValue("target", event.target())
                        .addValue("at", timestamp(at)));
    }

    @EventHandler
    void on(MeasurementRecorded event, @SequenceNumber long axonSequence, @Timestamp Instant at) {
        Segment segment = segmentInForce(event.partnershipId()).orElseThrow();
        MapSqlParameterSource params = params(event.partnershipId())
                .addValue("indicatorId", event.indicatorId().value());
        jdbc.update(
                """
                INSERT INTO indicator_measurement (measurement_id, indicator_id, partnership_id, seq, partner_id, value,
                                                   observed_at, source, loop, phase, recorded_at)
                VALUES (:measurementId, :indicatorId, :partnershipId, :sequence, :partnerId, :value,
                        :observedAt, :source, :loop, :phase, :at)
                ON CONFLICT (measurement_id) DO NOTHING
                """,
                new MapSqlParameterSource(params.getValues())
                        .addValue("measurementId", event.measurementId().value())
                        .addValue("sequence", axonSequence + 1)
                        .addValue("partnerId", event.partnerId().value())
                        .addValue("value", event.value())
                        .addValue("observedAt", timestamp(event.observedAt()))
                        .addValue("source", event.source())
                        .addValue("loop", segment.loop())
                        .addValue("phase", name(segment.phase()))
                        .addValue("at", timestamp(at)));
        LatestMeasurement latest = LatestMeasurement.after(latest(params), event);
        jdbc.update(
                """
                UPDATE indicator_definition
                SET latest_value = :value, latest_observed_at = :observedAt, latest_partner_id = :partnerId
                WHERE indicator_id = :indicatorId
                """,
                params.addValue("value", latest.value())
                        .addValue("observedAt", timestamp(latest.observedAt()))
                        .addValue("partnerId", latest.partnerId().value()));
    }

    @ResetHandler
    void reset() {
        jdbc.execute("DELETE FROM indicator_measurement");
        jdbc.execute("DELETE FROM indicator_definition");
        jdbc.execute("DELETE FROM indicator_partnership");
    }

    private Optional<Segment> segmentInForce(PartnershipId partnershipId) {
        return jdbc
                .query(
                        "SELECT loop, phase FROM indicator_partnership WHERE partnership_id = :partnershipId",
                        params(partnershipId),
                        (row, n) -> segment(row))
                .stream()
                .findFirst();
    }

    /** The indicator's latest measurement before this one; null when it had none. */
    private LatestMeasurement latest(MapSqlParameterSource params) {
        // singleResult, not a stream: the row of an indicator without a measurement maps to null.
        return DataAccessUtils.singleResult(jdbc.query("""
                        SELECT latest_value, latest_observed_at, latest_partner_id FROM indicator_definition
                        WHERE indicator_id = :indicatorId
                        """, params, (row, n) -> IndicatorRows.latest(row)));
    }

    private static MapSqlParameterSource params(PartnershipId partnershipId) {
        return new MapSqlParameterSource("partnershipId", partnershipId.value());
    }
}
