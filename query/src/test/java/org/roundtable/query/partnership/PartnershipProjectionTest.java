package org.roundtable.query.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.query.support.Batches.inOneBatch;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.api.ContractStatus;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.LapseReason;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnerStatus;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.Sector;
import org.roundtable.api.WitnessId;
import org.roundtable.api.events.ContractCameIntoForce;
import org.roundtable.api.events.ContractLapsed;
import org.roundtable.api.events.ContractSigned;
import org.roundtable.api.events.ContractTermsDrafted;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.api.events.WitnessRegistered;
import org.roundtable.api.queries.ContractView;
import org.roundtable.api.queries.FindPartnership;
import org.roundtable.api.queries.FindPartnerships;
import org.roundtable.api.queries.FindWitnesses;
import org.roundtable.api.queries.PartnerView;
import org.roundtable.api.queries.PartnershipPage;
import org.roundtable.api.queries.PartnershipSummary;
import org.roundtable.api.queries.PartnershipView;
import org.roundtable.api.queries.SignatureView;
import org.roundtable.api.queries.WitnessView;
import org.roundtable.query.support.TestDatabase;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

class PartnershipProjectionTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    private static final DecisionRule RULE = new DecisionRule(DecisionMethod.CONSENT, new BigDecimal("0.5"), true);

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private PartnershipProjection projection;
    private PartnershipQueryHandler queries;
    private final PartnershipId partnership = PartnershipId.random();
    private final PartnerId city = PartnerId.random();
    private final PartnerId bakery = PartnerId.random();
    private final PartnerId tenants = PartnerId.random();

    @BeforeEach
    void wire() {
        projection = new PartnershipProjection(database.jdbc());
        queries = new PartnershipQueryHandler(database.jdbc());
    }

    @Test
    void formedPartnershipStartsInItsPhaseWithoutPartnersAndWithoutContract() {
        form(partnership, "Clean river", at(0));

        PartnershipView view = find(partnership);

        assertThat(view)
                .isEqualTo(new PartnershipView(
                        partnership,
                        "Clean river",
                        "Make the river swimmable",
                        Phase.MOBILIZE,
                        1,
                        RULE,
                        at(0),
                        List.of(),
                        new ContractView(null, ContractStatus.NONE, null, List.of(), List.of())));
    }

    @Test
    void unknownPartnershipIsNotFound() {
        assertThat(queries.handle(new FindPartnership(PartnershipId.random()))).isEmpty();
    }

    @Test
    void witnessesAreListedInOrderOfRegistration() {
        form(partnership, "Clean river", at(0));
        WitnessId mill = WitnessId.random();
        WitnessId city = WitnessId.random();
        projection.on(new WitnessRegistered(partnership, mill, "Mill's IT", "mill+00000001+AQ"), at(1));
        projection.on(new WitnessRegistered(partnership, city, "City IT", "city+00000002+AQ"), at(2));

        assertThat(queries.handle(new FindWitnesses(partnership)).orElseThrow().witnesses())
                .containsExactly(
                        new WitnessView(mill, "Mill's IT", "mill+00000001+AQ", at(1)),
                        new WitnessView(city, "City IT", "city+00000002+AQ", at(2)));
        assertThat(queries.handle(new FindWitnesses(PartnershipId.random()))).isEmpty();
    }

    @Test
    void partnersAreListedInJoinOrderWithTheirJoinTimes() {
        form(partnership, "Clean river", at(0));
        admit(tenants, "Tenants' union", Sector.COMMUNITY, at(1));
        admit(city, "City", Sector.PUBLIC, at(2));
        admit(bakery, "Bakery", Sector.PRIVATE, at(3));

        assertThat(find(partnership).partners())
                .containsExactly(
                        new PartnerView(tenants, "Tenants' union", Sector.COMMUNITY, PartnerStatus.ACTIVE, at(1), null),
                        new PartnerView(city, "City", Sector.PUBLIC, PartnerStatus.ACTIVE, at(2), null),
                        new PartnerView(bakery, "Bakery", Sector.PRIVATE, PartnerStatus.ACTIVE, at(3), null));
    }

    @Test
    void partnersAndSignaturesOfOneBatchFollowThoseStoredBeforeInTheirOrder() {
        form(partnership, "Clean river", at(0));
        admit(tenants, "Tenants' union", Sector.COMMUNITY, at(1));
        projection.on(new ContractTermsDrafted(partnership, 1, "We share the data."), at(2));
        projection.on(new ContractSigned(partnership, 1, tenants, Sector.COMMUNITY, "T. Tenant"), at(3));

        inOneBatch(() -> {
            admit(city, "City", Sector.PUBLIC, at(4));
            admit(bakery, "Bakery", Sector.PRIVATE, at(5));
            projection.on(new ContractSigned(partnership, 1, bakery, Sector.PRIVATE, "B. Baker"), at(6));
            projection.on(new ContractSigned(partnership, 1, city, Sector.PUBLIC, "M. Mayor"), at(7));
            return null;
        });

        PartnershipView view = find(partnership);
        assertThat(view.partners()).extracting(PartnerView::id).containsExactly(tenants, city, bakery);
        assertThat(view.contract().signedBy()).containsExactly(tenants, bakery, city);
    }

    @Test
    void withdrawnPartnerStaysListedWithItsWithdrawalTime() {
        form(partnership, "Clean river", at(0));
        admit(city, "City", Sector.PUBLIC, at(1));
        admit(bakery, "Bakery", Sector.PRIVATE, at(2));
        projection.on(new PartnerWithdrawn(partnership, city, Sector.PUBLIC, "budget cuts"), at(5));

        assertThat(find(partnership).partners())
                .containsExactly(
                        new PartnerView(city, "City", Sector.PUBLIC, PartnerStatus.WITHDRAWN, at(1), at(5)),
                        new PartnerView(bakery, "Bakery", Sector.PRIVATE, PartnerStatus.ACTIVE, at(2), null));
    }

    @Test
    void phaseChangeMovesThePartnership() {
        form(partnership, "Clean river", at(0));
        projection.on(new PhaseChanged(partnership, ProposalId.random(), Phase.MOBILIZE, Phase.CO_DEVELOP, 1));

        assertThat(find(partnership).phase()).isEqualTo(Phase.CO_DEVELOP);
    }

    @Test
    void aMoveFromScaleBackToCoDevelopStartsTheNextLoop() {
        form(partnership, "Clean river", at(0));
        projection.on(new PhaseChanged(partnership, ProposalId.random(), Phase.MOBILIZE, Phase.SCALE, 1));
        assertThat(find(partnership).loop()).isEqualTo(1);

        projection.on(new PhaseChanged(partnership, ProposalId.random(), Phase.SCALE, Phase.CO_DEVELOP, 2));

        assertThat(find(partnership))
                .extracting(PartnershipView::loop, PartnershipView::phase)
                .containsExactly(2, Phase.CO_DEVELOP);
    }

    /** A move stored before loops were recorded (loop 0) gets its loop from the move, as Segment derives it. */
    @Test
    void aMoveStoredBeforeLoopsWereRecordedDerivesItsLoop() {
        form(partnership, "Clean river", at(0));
        projection.on(new PhaseChanged(partnership, ProposalId.random(), Phase.MOBILIZE, Phase.SCALE, 0));
        projection.on(new PhaseChanged(partnership, ProposalId.random(), Phase.SCALE, Phase.CO_DEVELOP, 0));

        assertThat(find(partnership).loop()).isEqualTo(2);
    }

    @Test
    void draftShowsItsVersionAndTermsWithoutSignatures() {
        form(partnership, "Clean river", at(0));
        admit(city, "City", Sector.PUBLIC, at(1));
        projection.on(new ContractTermsDrafted(partnership, 1, "We share the data."), at(2));

        assertThat(find(partnership).contract())
                .isEqualTo(new ContractView(1, ContractStatus.DRAFT, "We share the data.", List.of(), List.of()));
    }

    @Test
    void signaturesOfTheCurrentVersionAreListedInSigningOrderAndTheContractComesIntoForce() {
        form(partnership, "Clean river", at(0));
        admit(city, "City", Sector.PUBLIC, at(1));
        admit(bakery, "Bakery", Sector.PRIVATE, at(2));
        projection.on(new ContractTermsDrafted(partnership, 1, "We share the data."), at(3));
        projection.on(new ContractSigned(partnership, 1, bakery, Sector.PRIVATE, "B. Baker"), at(4));

        ContractView halfSigned = find(partnership).contract();
        assertThat(halfSigned.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(halfSigned.signedBy()).containsExactly(bakery);

        projection.on(new ContractSigned(partnership, 1, city, Sector.PUBLIC, "M. Mayor"), at(5));
        projection.on(new ContractCameIntoForce(partnership, 1));

        assertThat(find(partnership).contract())
                .isEqualTo(new ContractView(
                        1,
                        ContractStatus.IN_FORCE,
                        "We share the data.",
                        List.of(bakery, city),
                        List.of(
                                new SignatureView(bakery, "B. Baker", at(4)),
                                new SignatureView(city, "M. Mayor", at(5)))));
    }

    @Test
    void newDraftLapsesTheContractAndClearsTheSignatures() {
        contractInForceSignedByCityAndBakery();
        projection.on(new ContractTermsDrafted(partnership, 2, "We share the data and the costs."), at(10));
        projection.on(new ContractLapsed(partnership, 1, LapseReason.NEW_DRAFT));

        assertThat(find(partnership).contract())
                .isEqualTo(new ContractView(
                        2, ContractStatus.DRAFT, "We share the data and the costs.", List.of(), List.of()));
    }

    @Test
    void newPartnerLapsesTheContractButKeepsTheSignaturesOfTheCurrentVersion() {
        contractInForceSignedByCityAndBakery();
        admit(tenants, "Tenants' union", Sector.COMMUNITY, at(10));
        projection.on(new ContractLapsed(partnership, 1, LapseReason.PARTNER_ADMITTED));

        ContractView contract = find(partnership).contract();
        assertThat(contract.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(contract.version()).isEqualTo(1);
        assertThat(contract.signedBy()).containsExactly(city, bakery);
    }

    @Test
    void withdrawalThatLeavesOnlySignersBringsTheContractIntoForce() {
        contractInForceSignedByCityAndBakery();
        admit(tenants, "Tenants' union", Sector.COMMUNITY, at(10));
        projection.on(new ContractLapsed(partnership, 1, LapseReason.PARTNER_ADMITTED));
        projection.on(new PartnerWithdrawn(partnership, tenants, Sector.COMMUNITY, "no time"), at(11));
        projection.on(new ContractCameIntoForce(partnership, 1));

        assertThat(find(partnership).contract().status()).isEqualTo(ContractStatus.IN_FORCE);
    }

    @Test
    void eventAboutASupersededVersionDoesNotChangeTheStatus() {
        contractInForceSignedByCityAndBakery();
        projection.on(new ContractTermsDrafted(partnership, 2, "New terms"), at(10));
        projection.on(new ContractCameIntoForce(partnership, 1));

        assertThat(find(partnership).contract().status()).isEqualTo(ContractStatus.DRAFT);
    }

    @Test
    void pageListsPartnershipsNewestFirstWithTheirActivePartners() {
        // The list spans every partnership in the tables, so this test starts from empty ones.
        projection.reset();
        PartnershipId oldest = PartnershipId.random();
        PartnershipId middle = PartnershipId.random();
        form(oldest, "Oldest", at(0));
        form(partnership, "Newest", at(20));
        form(middle, "Middle", at(10));
        admit(city, "City", Sector.PUBLIC, at(21));
        admit(bakery, "Bakery", Sector.PRIVATE, at(22));
        admit(tenants, "Tenants' union", Sector.COMMUNITY, at(23));
        projection.on(new PartnerWithdrawn(partnership, bakery, Sector.PRIVATE, "moved away"), at(24));

        PartnershipPage first = queries.handle(new FindPartnerships(0, 2));
        PartnershipPage second = queries.handle(new FindPartnerships(1, 2));

        assertThat(first)
                .isEqualTo(new PartnershipPage(
                        List.of(
                                new PartnershipSummary(partnership, "Newest", Phase.MOBILIZE, 2, at(20)),
                                new PartnershipSummary(middle, "Middle", Phase.MOBILIZE, 0, at(10))),
                        0,
                        2,
                        3));
        assertThat(second)
                .isEqualTo(new PartnershipPage(
                        List.of(new PartnershipSummary(oldest, "Oldest", Phase.MOBILIZE, 0, at(0))), 1, 2, 3));
    }

    @Test
    void aMembersPageListsOnlyThePartnershipsWhereTheMemberHoldsARole() {
        projection.reset();
        PartnershipId theirs = PartnershipId.random();
        PartnershipId alsoTheirs = PartnershipId.random();
        form(theirs, "Theirs", at(0));
        form(partnership, "Not theirs", at(10));
        form(alsoTheirs, "Also theirs", at(20));
        // Rows as the access view writes them: one role in each of two partnerships.
        database.jdbc()
                .update(
                        """
                INSERT INTO access_role (partnership_id, user_name, role, partner_id)
                VALUES (:theirs, 'carl', 'AUDITOR', NULL), (:alsoTheirs, 'carl', 'REPRESENTATIVE', :city),
                       (:other, 'cora', 'COORDINATOR', NULL)
                """,
                        new MapSqlParameterSource("theirs", theirs.value())
                                .addValue("alsoTheirs", alsoTheirs.value())
                                .addValue("city", city.value())
                                .addValue("other", partnership.value()));

        assertThat(queries.handle(new FindPartnerships(0, 10, "carl")))
                .isEqualTo(new PartnershipPage(
                        List.of(
                                new PartnershipSummary(alsoTheirs, "Also theirs", Phase.MOBILIZE, 0, at(20)),
                                new PartnershipSummary(theirs, "Theirs", Phase.MOBILIZE, 0, at(0))),
                        0,
                        10,
                        2));
        assertThat(queries.handle(new FindPartnerships(0, 10, "olaf")).totalItems())
                .isZero();
        assertThat(queries.handle(new FindPartnerships(0, 10)).totalItems()).isEqualTo(3);
    }

    @Test
    void replayAfterResetRebuildsTheSameView() {
        List<Runnable> history = history();
        history.forEach(Runnable::run);
        PartnershipView before = find(partnership);

        projection.reset();
        assertThat(queries.handle(new FindPartnership(partnership))).isEmpty();
        history.forEach(Runnable::run);

        assertThat(find(partnership)).isEqualTo(before);
    }

    @Test
    void redeliveredEventsAddNothing() {
        List<Runnable> history = history();
        history.forEach(Runnable::run);
        PartnershipView once = find(partnership);
        List<Integer> rows = rowCounts();

        history.forEach(event -> {
            event.run();
            event.run();
        });
        // The whole batch again, as after a rolled-back transaction.
        history.forEach(Runnable::run);

        assertThat(find(partnership)).isEqualTo(once);
        assertThat(rowCounts()).isEqualTo(rows);
    }

    /** Every event type, ending with a lapsed contract whose current version has one signature. */
    private List<Runnable> history() {
        List<Runnable> history = new ArrayList<>();
        history.add(() -> form(partnership, "Clean river", at(0)));
        history.add(() -> admit(city, "City", Sector.PUBLIC, at(1)));
        history.add(() -> admit(bakery, "Bakery", Sector.PRIVATE, at(2)));
        history.add(() -> projection.on(new ContractTermsDrafted(partnership, 1, "v1"), at(3)));
        history.add(() -> projection.on(new ContractSigned(partnership, 1, city, Sector.PUBLIC, "M. Mayor"), at(4)));
        history.add(() -> projection.on(new ContractSigned(partnership, 1, bakery, Sector.PRIVATE, "B. Baker"), at(5)));
        history.add(() -> projection.on(new ContractCameIntoForce(partnership, 1)));
        history.add(() ->
                projection.on(new PhaseChanged(partnership, ProposalId.random(), Phase.MOBILIZE, Phase.CO_DEVELOP, 1)));
        history.add(() -> projection.on(new ContractTermsDrafted(partnership, 2, "v2"), at(6)));
        history.add(() -> projection.on(new ContractLapsed(partnership, 1, LapseReason.NEW_DRAFT)));
        history.add(() -> projection.on(new ContractSigned(partnership, 2, bakery, Sector.PRIVATE, "B. Baker"), at(7)));
        history.add(() -> admit(tenants, "Tenants' union", Sector.COMMUNITY, at(8)));
        history.add(() -> projection.on(new PartnerWithdrawn(partnership, city, Sector.PUBLIC, "budget"), at(9)));
        return history;
    }

    private List<Integer> rowCounts() {
        return List.of(
                database.count("partnership_view"),
                database.count("partnership_partner"),
                database.count("partnership_contract"),
                database.count("partnership_signature"));
    }

    private void contractInForceSignedByCityAndBakery() {
        form(partnership, "Clean river", at(0));
        admit(city, "City", Sector.PUBLIC, at(1));
        admit(bakery, "Bakery", Sector.PRIVATE, at(2));
        projection.on(new ContractTermsDrafted(partnership, 1, "We share the data."), at(3));
        projection.on(new ContractSigned(partnership, 1, city, Sector.PUBLIC, "M. Mayor"), at(4));
        projection.on(new ContractSigned(partnership, 1, bakery, Sector.PRIVATE, "B. Baker"), at(5));
        projection.on(new ContractCameIntoForce(partnership, 1));
        assertThat(find(partnership).contract().status()).isEqualTo(ContractStatus.IN_FORCE);
    }

    private void form(PartnershipId id, String name, Instant at) {
        projection.on(new PartnershipFormed(id, name, "Make the river swimmable", RULE, Phase.MOBILIZE), at);
    }

    private void admit(PartnerId partner, String name, Sector sector, Instant at) {
        projection.on(new PartnerAdmitted(partnership, partner, name, sector), at);
    }

    private PartnershipView find(PartnershipId id) {
        return queries.handle(new FindPartnership(id)).orElseThrow();
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }
}
