package org.roundtable.query.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.query.support.ReportAssertions.assertFigures;
import static org.roundtable.query.support.TestStream.at;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnerStatus;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.PledgeId;
import org.roundtable.api.PledgeKind;
import org.roundtable.api.PledgeStatus;
import org.roundtable.api.Sector;
import org.roundtable.api.queries.CommitmentEntry;
import org.roundtable.api.queries.CommitmentsReport;
import org.roundtable.api.queries.DeliveryView;
import org.roundtable.api.queries.FindCommitments;
import org.roundtable.api.queries.FindPledge;
import org.roundtable.api.queries.PartnerCommitments;
import org.roundtable.api.queries.PledgeView;
import org.roundtable.api.queries.UnitCommitments;
import org.roundtable.query.support.Session;
import org.roundtable.query.support.TestDatabase;
import org.roundtable.query.support.ViewFeed;

/** The commitments report (SPEC section 6) and the pledges, on a history whose figures are worked out by hand. */
class CommitmentsReportTest {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private final Session session = new Session();
    private ViewFeed view;
    private CommitmentsQueryHandler queries;

    @BeforeEach
    void wire() {
        view = new ViewFeed(new CommitmentsProjection(database.jdbc()), database.positions());
        queries = new CommitmentsQueryHandler(database.jdbc());
    }

    @Test
    void theHistoryInStreamOrderAndEachPartnersFiguresPerUnit() {
        PartnerId city = session.admit("City", Sector.PUBLIC); // 2
        PartnerId mill = session.admit("Mill", Sector.PRIVATE); // 3
        int first = session.draft(); // 4
        session.sign(city); // 5
        session.sign(mill); // 6, in force 7
        session.lesson(city); // 8, no commitment
        PledgeId cityFunding = session.pledge(city, "10000", "EUR"); // 9
        PledgeId cityHours = session.pledge(city, "200", "HOURS"); // 10
        PledgeId millFunding = session.pledge(mill, "5000", "EUR"); // 11
        session.deliver(cityFunding, "4000"); // 12
        session.deliver(millFunding, "2000"); // 13
        session.withdrawPledge(millFunding); // 14, the 3000 left
        PartnerId residents = session.admit("Residents", Sector.COMMUNITY); // 15, lapsed 16
        PledgeId moreFunding = session.pledge(city, "5000", "EUR"); // 17
        session.deliver(cityHours, "50"); // 18
        session.withdraw(mill); // 19
        int second = session.draft(); // 20

        CommitmentsReport report = report();

        assertFigures(
                report.history(),
                List.of(
                        entry("PartnerAdmitted", 2, city, null, null, null, null),
                        entry("PartnerAdmitted", 3, mill, null, null, null, null),
                        entry("ContractTermsDrafted", 4, null, first, null, null, null),
                        entry("ContractSigned", 5, city, first, null, null, null),
                        entry("ContractSigned", 6, mill, first, null, null, null),
                        entry("ContractCameIntoForce", 7, null, first, null, null, null),
                        entry("PledgeMade", 9, city, null, cityFunding, "10000", "EUR"),
                        entry("PledgeMade", 10, city, null, cityHours, "200", "HOURS"),
                        entry("PledgeMade", 11, mill, null, millFunding, "5000", "EUR"),
                        entry("PledgeDelivered", 12, city, null, cityFunding, "4000", "EUR"),
                        entry("PledgeDelivered", 13, mill, null, millFunding, "2000", "EUR"),
                        entry("PledgeWithdrawn", 14, mill, null, millFunding, "3000", "EUR"),
                        entry("PartnerAdmitted", 15, residents, null, null, null, null),
                        entry("ContractLapsed", 16, null, first, null, null, null),
                        entry("PledgeMade", 17, city, null, moreFunding, "5000", "EUR"),
                        entry("PledgeDelivered", 18, city, null, cityHours, "50", "HOURS"),
                        entry("PartnerWithdrawn", 19, mill, null, null, null, null),
                        entry("ContractTermsDrafted", 20, null, second, null, null, null)));
        // fulfilment = delivered / (pledged − withdrawn): city EUR 4000 / 15000, HOURS 50 / 200; the mill's
        // pledge withdrawn after a partial delivery is fulfilled of what was left: 2000 / (5000 − 3000).
        assertFigures(
                report.partners(),
                List.of(
                        new PartnerCommitments(
                                city,
                                "City",
                                PartnerStatus.ACTIVE,
                                List.of(
                                        unit("EUR", "15000", "4000", "0", 4000.0 / 15000),
                                        unit("HOURS", "200", "50", "0", 0.25))),
                        new PartnerCommitments(
                                mill,
                                "Mill",
                                PartnerStatus.WITHDRAWN,
                                List.of(unit("EUR", "5000", "2000", "3000", 1.0))),
                        new PartnerCommitments(residents, "Residents", PartnerStatus.ACTIVE, List.of())));
    }

    @Test
    void aPledgeShowsItsDeliveriesAndWhatRemains() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        PledgeId pledge = session.pledge(city, "10000.00", "EUR");
        session.deliver(pledge, "2500.50");
        session.deliver(pledge, "1000");

        // remaining = 10000.00 − 3500.50 − 0
        assertFigures(
                find(session.partnership(), pledge),
                Optional.of(new PledgeView(
                        pledge,
                        city,
                        PledgeKind.FUNDING,
                        amount("10000.00"),
                        "EUR",
                        "For the monitoring",
                        amount("3500.50"),
                        amount("0"),
                        amount("6499.50"),
                        PledgeStatus.OPEN,
                        at(3),
                        List.of(
                                new DeliveryView(amount("2500.50"), "Delivered", at(4)),
                                new DeliveryView(amount("1000"), "Delivered", at(5))))));
    }

    @Test
    void aPledgeDeliveredInFullIsFulfilled() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        PledgeId pledge = session.pledge(city, "300", "HOURS");
        session.deliver(pledge, "100");
        session.deliver(pledge, "200");

        PledgeView shown = find(session.partnership(), pledge).orElseThrow();

        assertThat(shown.status()).isEqualTo(PledgeStatus.FULFILLED);
        assertThat(shown.remaining()).isEqualByComparingTo("0");
        assertThat(report().partners().get(0).units())
                .extracting(UnitCommitments::fulfilment)
                .containsExactly(1.0);
    }

    @Test
    void aPledgeWithdrawnAfterAPartialDeliveryHasNothingLeft() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        PledgeId pledge = session.pledge(city, "5000", "EUR");
        session.deliver(pledge, "2000");
        session.withdrawPledge(pledge);

        PledgeView shown = find(session.partnership(), pledge).orElseThrow();

        assertThat(shown.status()).isEqualTo(PledgeStatus.WITHDRAWN);
        assertThat(shown.withdrawn()).isEqualByComparingTo("3000");
        assertThat(shown.remaining()).isEqualByComparingTo("0");
    }

    @Test
    void whenNothingIsLeftPledgedFulfilmentIsZero() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        session.withdrawPledge(session.pledge(city, "100", "EUR"));

        // delivered 0 / (100 − 100)
        assertFigures(report().partners().get(0).units(), List.of(unit("EUR", "100", "0", "100", 0.0)));
    }

    @Test
    void aPledgeIsNotFoundThroughAnotherPartnership() {
        PledgeId pledge = session.pledge(session.admit("City", Sector.PUBLIC), "100", "EUR");
        Session other = new Session();
        view.apply(other.partnership(), other.events());

        assertThat(find(session.partnership(), pledge)).isPresent();
        assertThat(find(other.partnership(), pledge)).isEmpty();
        assertThat(find(session.partnership(), PledgeId.random())).isEmpty();
    }

    @Test
    void anUnknownPartnershipHasNoReportAndAKnownOneWithoutActsAnEmptyOne() {
        assertThat(queries.handle(new FindCommitments(PartnershipId.random()))).isEmpty();
        assertThat(report()).isEqualTo(new CommitmentsReport(List.of(), List.of()));
    }

    private static CommitmentEntry entry(
            String type,
            long sequence,
            PartnerId partner,
            Integer version,
            PledgeId pledge,
            String amount,
            String unit) {
        return new CommitmentEntry(
                type, at(sequence), sequence, partner, version, pledge, amount == null ? null : amount(amount), unit);
    }

    private static UnitCommitments unit(
            String unit, String pledged, String delivered, String withdrawn, double fulfilment) {
        return new UnitCommitments(unit, amount(pledged), amount(delivered), amount(withdrawn), fulfilment);
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    private Optional<PledgeView> find(PartnershipId partnership, PledgeId pledge) {
        view.apply(session.partnership(), session.events());
        return queries.handle(new FindPledge(partnership, pledge));
    }

    private CommitmentsReport report() {
        view.apply(session.partnership(), session.events());
        return queries.handle(new FindCommitments(session.partnership())).orElseThrow();
    }
}
