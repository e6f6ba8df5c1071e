package org.roundtable.query.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.LatestMeasurement;
import org.roundtable.api.MeasurementId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.Sector;
import org.roundtable.api.events.IndicatorAdopted;
import org.roundtable.api.events.MeasurementRecorded;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.api.queries.FindIndicator;
import org.roundtable.api.queries.FindIndicators;
import org.roundtable.api.queries.IndicatorDetail;
import org.roundtable.api.queries.IndicatorList;
import org.roundtable.api.queries.IndicatorView;
import org.roundtable.api.queries.MeasurementView;
import org.roundtable.query.support.TestDatabase;
import org.roundtable.query.support.TestStream;
import org.roundtable.query.support.ViewFeed;

/**
 * The indicators view (SPEC section 10) on a partnership whose figures are worked out by hand. The river
 * partnership measures swimmable days from a baseline of 10 to a target of 60, so progress is
 * (value − 10) / 50; and litter from 100 down to 20, which nobody has measured yet.
 */
class IndicatorsViewTest {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private static final Instant APRIL = Instant.parse("2025-04-01T00:00:00Z");
    private static final Instant MID_APRIL = Instant.parse("2025-04-15T00:00:00Z");
    private static final Instant MAY = Instant.parse("2025-05-01T00:00:00Z");

    private final PartnershipId partnership = PartnershipId.random();
    private final PartnerId city = PartnerId.random();
    private final PartnerId tenants = PartnerId.random();
    private final IndicatorId swimmable = IndicatorId.of(ProposalId.random());
    private final IndicatorId litter = IndicatorId.of(ProposalId.random());
    private final TestStream stream = new TestStream();
    private ViewFeed view;
    private IndicatorsQueryHandler queries;

    @BeforeEach
    void wire() {
        view = new ViewFeed(new IndicatorsProjection(database.jdbc()), database.positions());
        queries = new IndicatorsQueryHandler(database.jdbc());
        stream.record(new PartnershipFormed(
                        partnership,
                        "Clean river",
                        "Make the river swimmable",
                        new DecisionRule(DecisionMethod.CONSENT, new BigDecimal("0.5"), false),
                        Phase.MOBILIZE))
                .record(new PartnerAdmitted(partnership, city, "City", Sector.PUBLIC))
                .record(new PartnerAdmitted(partnership, tenants, "Tenants", Sector.COMMUNITY))
                .record(adopted(swimmable, "Swimmable days", "days", "10", "60"))
                .record(adopted(litter, "Litter", "kg", "100", "20"));
    }

    @Test
    void anIndicatorNobodyMeasuredHasNoLatestAndNoProgress() {
        view.apply(partnership, stream.events());

        assertThat(indicators())
                .containsExactly(
                        new IndicatorView(
                                swimmable,
                                "Swimmable days",
                                "days",
                                new BigDecimal("10"),
                                new BigDecimal("60"),
                                TestStream.at(4),
                                null,
                                null,
                                0,
                                0),
                        new IndicatorView(
                                litter,
                                "Litter",
                                "kg",
                                new BigDecimal("100"),
                                new BigDecimal("20"),
                                TestStream.at(5),
                                null,
                                null,
                                0,
                                0));
    }

    /**
     * City measures 20 in April (progress 0.2), the tenants 35 in May (0.5); City's mid-April 25, recorded
     * later, was observed earlier and does not become the latest; the tenants' correction to 40, observed at
     * the same instant as their 35, does (0.6). City withdraws: its measurements still count.
     */
    @Test
    void theLatestIsTheLastObservedAndOnATieTheLastRecorded() {
        stream.record(measured(swimmable, city, "20", APRIL))
                .record(measured(swimmable, tenants, "35", MAY))
                .record(measured(swimmable, city, "25", MID_APRIL));
        view.apply(partnership, stream.events());
        assertThat(indicators().get(0).latest()).isEqualTo(new LatestMeasurement(new BigDecimal("35"), MAY, tenants));
        assertThat(indicators().get(0).progress()).isEqualTo(0.5);

        stream.record(measured(swimmable, tenants, "40", MAY))
                .record(new PartnerWithdrawn(partnership, city, Sector.PUBLIC, "Budget cuts"));
        view.apply(partnership, stream.events());

        IndicatorView days = indicators().get(0);
        assertThat(days.latest()).isEqualTo(new LatestMeasurement(new BigDecimal("40"), MAY, tenants));
        assertThat(days.progress()).isEqualTo(0.6);
        assertThat(days.measurements()).isEqualTo(4);
        assertThat(days.contributors()).isEqualTo(2);
        assertThat(indicators().get(1).measurements()).isZero();
    }

    @Test
    void theHistoryIsInOrderOfObservationWithTheSegmentInForceWhenRecorded() {
        stream.record(measured(swimmable, city, "20", APRIL))
                .record(new PhaseChanged(partnership, ProposalId.random(), Phase.MOBILIZE, Phase.SCALE, 1))
                .record(measured(swimmable, tenants, "35", MAY))
                .record(new PhaseChanged(partnership, ProposalId.random(), Phase.SCALE, Phase.CO_DEVELOP, 2))
                .record(measured(swimmable, city, "25", MID_APRIL))
                .record(measured(swimmable, tenants, "40", MAY));
        view.apply(partnership, stream.events());

        IndicatorDetail detail =
                queries.handle(new FindIndicator(partnership, swimmable)).orElseThrow();

        assertThat(detail.history())
                .extracting(
                        MeasurementView::value,
                        MeasurementView::observedAt,
                        MeasurementView::partnerId,
                        MeasurementView::loop,
                        MeasurementView::phase)
                .containsExactly(
                        tuple(new BigDecimal("20"), APRIL, city, 1, Phase.MOBILIZE),
                        tuple(new BigDecimal("25"), MID_APRIL, city, 2, Phase.CO_DEVELOP),
                        tuple(new BigDecimal("35"), MAY, tenants, 1, Phase.SCALE),
                        tuple(new BigDecimal("40"), MAY, tenants, 2, Phase.CO_DEVELOP));
        assertThat(detail.history().get(0).recordedAt()).isEqualTo(TestStream.at(6));
        assertThat(detail.history().get(0).source()).isEqualTo("River gauge");
        // One indicator shows what the list shows of it, and its history.
        assertThat(indicators().get(0).with(detail.history())).isEqualTo(detail);
        assertThat(detail.latest()).isEqualTo(new LatestMeasurement(new BigDecimal("40"), MAY, tenants));
    }

    @Test
    void anIndicatorIsFoundOnlyInItsOwnPartnership() {
        view.apply(partnership, stream.events());
        PartnershipId other = PartnershipId.random();
        view.apply(
                other,
                new TestStream()
                        .record(new PartnershipFormed(
                                other,
                                "Elsewhere",
                                "Another purpose",
                                new DecisionRule(DecisionMethod.CONSENT, new BigDecimal("0.5"), false),
                                Phase.MOBILIZE))
                        .events());

        assertThat(queries.handle(new FindIndicator(other, swimmable))).isEmpty();
        assertThat(queries.handle(new FindIndicator(partnership, IndicatorId.random())))
                .isEmpty();
        assertThat(queries.handle(new FindIndicators(other))).contains(new IndicatorList(List.of()));
        assertThat(queries.handle(new FindIndicators(PartnershipId.random()))).isEmpty();
    }

    @Test
    void aReplayAfterAResetRebuildsTheSameView() {
        stream.record(measured(swimmable, city, "20", APRIL))
                .record(new PhaseChanged(partnership, ProposalId.random(), Phase.MOBILIZE, Phase.SCALE, 1))
                .record(measured(swimmable, tenants, "35", MAY));
        view.apply(partnership, stream.events());
        IndicatorList list = indicators(partnership);
        IndicatorDetail detail =
                queries.handle(new FindIndicator(partnership, swimmable)).orElseThrow();

        view.reset();
        view.apply(partnership, stream.events());

        assertThat(indicators(partnership)).isEqualTo(list);
        assertThat(queries.handle(new FindIndicator(partnership, swimmable))).contains(detail);
    }

    private List<IndicatorView> indicators() {
        return indicators(partnership).indicators();
    }

    private IndicatorList indicators(PartnershipId partnershipId) {
        return queries.handle(new FindIndicators(partnershipId)).orElseThrow();
    }

    private IndicatorAdopted adopted(IndicatorId indicator, String name, String unit, String baseline, String target) {
        return new IndicatorAdopted(
                partnership, indicator, name, unit, new BigDecimal(baseline), new BigDecimal(target));
    }

    private MeasurementRecorded measured(IndicatorId indicator, PartnerId partner, String value, Instant observedAt) {
        return new MeasurementRecorded(
                partnership,
                indicator,
                MeasurementId.random(),
                partner,
                partner.equals(city) ? Sector.PUBLIC : Sector.COMMUNITY,
                new BigDecimal(value),
                observedAt,
                "River gauge");
    }
}
