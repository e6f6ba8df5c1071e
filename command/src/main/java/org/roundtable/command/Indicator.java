package org.roundtable.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.roundtable.api.Evidence;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.IndicatorProgress;
import org.roundtable.api.LatestMeasurement;
import org.roundtable.api.MeasurementId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Sector;
import org.roundtable.api.events.IndicatorAdopted;
import org.roundtable.api.events.MeasurementRecorded;

/**
 * An adopted indicator, a member of the Partnership aggregate: what it measures and its latest
 * measurement, which is all that the evidence of a proposal and the scaling gate read of it.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Indicator {

    @EntityId
    private IndicatorId indicatorId;

    private PartnershipId partnershipId;
    private IndicatorDefinition definition;
    private LatestMeasurement latest;

    Indicator() {
        // for snapshots
    }

    Indicator(IndicatorAdopted adopted) {
        this.indicatorId = adopted.indicatorId();
        this.partnershipId = adopted.partnershipId();
        this.definition = new IndicatorDefinition(adopted.name(), adopted.unit(), adopted.baseline(), adopted.target());
    }

    /** Records a partner's measurement; {@code sector} is the measuring partner's. */
    void record(
            MeasurementId measurementId,
            PartnerId partnerId,
            Sector sector,
            BigDecimal value,
            Instant observedAt,
            String source) {
        apply(new MeasurementRecorded(
                partnershipId, indicatorId, measurementId, partnerId, sector, value, observedAt, source));
    }

    /** The indicator as a proposal cites it now: its latest value and that value's progress. */
    Evidence evidence() {
        BigDecimal value = latest == null ? null : latest.value();
        return new Evidence(indicatorId, value, definition.progress(value));
    }

    /** Its progress now, as the scaling gate reads it. */
    IndicatorProgress progress() {
        return new IndicatorProgress(indicatorId, evidence().progress());
    }

    @EventSourcingHandler
    void on(MeasurementRecorded event) {
        latest = LatestMeasurement.after(latest, event);
    }

    // Value equality lets Axon's test fixture prove that state changes only in event sourcing handlers.
    @Override
    public boolean equals(Object other) {
        return other instanceof Indicator that
                && Objects.equals(indicatorId, that.indicatorId)
                && Objects.equals(partnershipId, that.partnershipId)
                && Objects.equals(definition, that.definition)
                && Objects.equals(latest, that.latest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicatorId, latest);
    }
}
