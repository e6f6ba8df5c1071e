package org.roundtable.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.roundtable.api.events.MeasurementRecorded;

class LatestMeasurementTest {

    private static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");
    private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");
    private static final PartnerId CITY = PartnerId.random();
    private static final PartnerId NGO = PartnerId.random();

    @Test
    void theFirstMeasurementIsTheLatest() {
        assertThat(LatestMeasurement.after(null, measured("35", MAY, CITY)))
                .isEqualTo(new LatestMeasurement(new BigDecimal("35"), MAY, CITY));
    }

    @Test
    void theMeasurementObservedLastCountsWhicheverWasRecordedLast() {
        LatestMeasurement june = new LatestMeasurement(new BigDecimal("40"), JUNE, CITY);

        assertThat(LatestMeasurement.after(june, measured("35", MAY, NGO))).isEqualTo(june);
        assertThat(LatestMeasurement.after(
                        new LatestMeasurement(new BigDecimal("35"), MAY, NGO), measured("40", JUNE, CITY)))
                .isEqualTo(june);
    }

    @Test
    void onATieTheMeasurementRecordedLastCounts() {
        LatestMeasurement first = new LatestMeasurement(new BigDecimal("35"), JUNE, CITY);

        assertThat(LatestMeasurement.after(first, measured("38", JUNE, NGO)))
                .isEqualTo(new LatestMeasurement(new BigDecimal("38"), JUNE, NGO));
    }

    private static MeasurementRecorded measured(String value, Instant observedAt, PartnerId partner) {
        return new MeasurementRecorded(
                PartnershipId.random(),
                IndicatorId.random(),
                MeasurementId.random(),
                partner,
                Sector.PUBLIC,
                new BigDecimal(value),
                observedAt,
                null);
    }
}
