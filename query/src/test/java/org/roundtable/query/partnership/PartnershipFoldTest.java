package org.roundtable.query.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.query.support.TestStream.at;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.api.ContractStatus;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.LapseReason;
import org.roundtable.api.LessonId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnerStatus;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.Sector;
import org.roundtable.api.events.ContractCameIntoForce;
import org.roundtable.api.events.ContractLapsed;
import org.roundtable.api.events.ContractSigned;
import org.roundtable.api.events.ContractTermsDrafted;
import org.roundtable.api.events.LessonLogged;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.api.queries.ContractView;
import org.roundtable.api.queries.PartnerView;
import org.roundtable.api.queries.PartnershipView;
import org.roundtable.api.queries.SignatureView;
import org.roundtable.query.support.TestStream;

class PartnershipFoldTest {

    private static final DecisionRule RULE = new DecisionRule(DecisionMethod.CONSENT, new BigDecimal("0.5"), true);

    private final PartnershipId partnership = PartnershipId.random();
    private final PartnerId city = PartnerId.random();
    private final PartnerId bakery = PartnerId.random();
    private final PartnerId tenants = PartnerId.random();
    private final TestStream stream = new TestStream();

    @Test
    void noEventsFormNoPartnership() {
        assertThat(PartnershipFold.of(List.of())).isEmpty();
    }

    @Test
    void aFormedPartnershipStartsInItsPhaseWithoutPartnersAndWithoutContract() {
        stream.record(formed());

        assertThat(fold())
                .isEqualTo(new PartnershipView(
                        partnership,
                        "Clean river",
                        "Make the river swimmable",
                        Phase.MOBILIZE,
                        1,
                        RULE,
                        at(1),
                        List.of(),
                        new ContractView(null, ContractStatus.NONE, null, List.of(), List.of())));
    }

    @Test
    void partnersAreListedInJoinOrderAndAWithdrawnOneStaysWithItsWithdrawalTime() {
        stream.record(formed())
                .record(admitted(tenants, "Tenants' union", Sector.COMMUNITY))
                .record(admitted(city, "City", Sector.PUBLIC))
                .record(new PartnerWithdrawn(partnership, tenants, Sector.COMMUNITY, "no time"));

        assertThat(fold().partners())
                .containsExactly(
                        new PartnerView(
                                tenants, "Tenants' union", Sector.COMMUNITY, PartnerStatus.WITHDRAWN, at(2), at(4)),
                        new PartnerView(city, "City", Sector.PUBLIC, PartnerStatus.ACTIVE, at(3), null));
    }

    @Test
    void aPhaseChangeMovesThePartnershipAndOtherEventsChangeNothingShown() {
        stream.record(formed()).record(admitted(city, "City", Sector.PUBLIC));
        PartnershipView before = fold();

        stream.record(new LessonLogged(
                        partnership,
                        LessonId.random(),
                        city,
                        Sector.PUBLIC,
                        Phase.MOBILIZE,
                        "Meet in the evening",
                        "Residents work during the day"))
                .record(new PhaseChanged(partnership, ProposalId.random(), Phase.MOBILIZE, Phase.CO_DEVELOP, 1));

        assertThat(fold())
                .isEqualTo(new PartnershipView(
                        before.id(),
                        before.name(),
                        before.purpose(),
                        Phase.CO_DEVELOP,
                        1,
                        before.decisionRule(),
                        before.formedAt(),
                        before.partners(),
                        before.contract()));
    }

    @Test
    void theContractComesIntoForceWithTheLastSignatureOfTheCurrentVersion() {
        stream.record(formed())
                .record(admitted(city, "City", Sector.PUBLIC))
                .record(admitted(bakery, "Bakery", Sector.PRIVATE))
                .record(new ContractTermsDrafted(partnership, 1, "We share the data."))
                .record(signed(1, bakery, "B. Baker"));

        assertThat(fold().contract())
                .isEqualTo(new ContractView(
                        1,
                        ContractStatus.DRAFT,
                        "We share the data.",
                        List.of(bakery),
                        List.of(new SignatureView(bakery, "B. Baker", at(5)))));

        stream.record(signed(1, city, "M. Mayor"), new ContractCameIntoForce(partnership, 1));

        assertThat(fold().contract())
                .isEqualTo(new ContractView(
                        1,
                        ContractStatus.IN_FORCE,
                        "We share the data.",
                        List.of(bakery, city),
                        List.of(
                                new SignatureView(bakery, "B. Baker", at(5)),
                                new SignatureView(city, "M. Mayor", at(6)))));
    }

    @Test
    void anAmendmentShowsTheNewTermsAndVoidsTheSignaturesOfEarlierVersions() {
        contractInForce();
        stream.record(
                new ContractLapsed(partnership, 1, LapseReason.NEW_DRAFT),
                new ContractTermsDrafted(partnership, 2, "We share the data and the costs."));

        assertThat(fold().contract())
                .isEqualTo(new ContractView(
                        2, ContractStatus.DRAFT, "We share the data and the costs.", List.of(), List.of()));
    }

    @Test
    void aNewPartnerLapsesTheContractButKeepsTheSignaturesOfTheCurrentVersion() {
        contractInForce();
        stream.record(
                admitted(tenants, "Tenants' union", Sector.COMMUNITY),
                new ContractLapsed(partnership, 1, LapseReason.PARTNER_ADMITTED));

        ContractView contract = fold().contract();
        assertThat(contract.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(contract.version()).isEqualTo(1);
        assertThat(contract.signedBy()).containsExactly(city, bakery);
    }

    /** The projection's rule, kept here too: a status belongs to the version it names. */
    @Test
    void anEventAboutASupersededVersionDoesNotChangeTheStatus() {
        contractInForce();
        stream.record(new ContractTermsDrafted(partnership, 2, "New terms"))
                .record(new ContractCameIntoForce(partnership, 1));

        assertThat(fold().contract().status()).isEqualTo(ContractStatus.DRAFT);
    }

    private void contractInForce() {
        stream.record(formed())
                .record(admitted(city, "City", Sector.PUBLIC))
                .record(admitted(bakery, "Bakery", Sector.PRIVATE))
                .record(new ContractTermsDrafted(partnership, 1, "We share the data."))
                .record(signed(1, city, "M. Mayor"))
                .record(signed(1, bakery, "B. Baker"), new ContractCameIntoForce(partnership, 1));
        assertThat(fold().contract().status()).isEqualTo(ContractStatus.IN_FORCE);
    }

    private PartnershipView fold() {
        return PartnershipFold.of(stream.events()).orElseThrow();
    }

    private PartnershipFormed formed() {
        return new PartnershipFormed(partnership, "Clean river", "Make the river swimmable", RULE, Phase.MOBILIZE);
    }

    private PartnerAdmitted admitted(PartnerId partner, String name, Sector sector) {
        return new PartnerAdmitted(partnership, partner, name, sector);
    }

    private ContractSigned signed(int version, PartnerId partner, String signatory) {
        return new ContractSigned(partnership, version, partner, Sector.PUBLIC, signatory);
    }
}
