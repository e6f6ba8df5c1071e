package org.roundtable.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roundtable.command.Given.CITY;
import static org.roundtable.command.Given.COMPANY;
import static org.roundtable.command.Given.PARTNERSHIP;
import static org.roundtable.command.Given.PROPOSAL;
import static org.roundtable.command.Given.by;
import static org.roundtable.command.RuleViolationMatcher.violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.api.Actor;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.GlobalRole;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PledgeId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.RuleViolation;
import org.roundtable.api.Sector;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.commands.AdmitPartner;
import org.roundtable.api.commands.AppointCoordinator;
import org.roundtable.api.commands.CastVote;
import org.roundtable.api.commands.CloseProposal;
import org.roundtable.api.commands.DraftContractTerms;
import org.roundtable.api.commands.FormPartnership;
import org.roundtable.api.commands.RecordDelivery;
import org.roundtable.api.commands.SubmitProposal;
import org.roundtable.api.commands.WithdrawPartner;
import org.roundtable.api.commands.WithdrawPledge;
import org.roundtable.api.events.AuditorAppointed;
import org.roundtable.api.events.CoordinatorAppointed;
import org.roundtable.api.events.CoordinatorRemoved;
import org.roundtable.api.events.PartnerRepresentativesChanged;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.VoteCast;

/**
 * Who may act (SPEC section 9), decided by the aggregate on its own appointments. The history is
 * written in full: Cora coordinates, Carl represents the city, Anna the company, Audrey audits,
 * and Olaf holds no role.
 */
class WhoMayActTest {

    private static final Actor CORA = Actor.of("cora");
    private static final Actor CARL = Actor.of("carl");
    private static final Actor ANNA = Actor.of("anna");
    private static final Actor AUDREY = Actor.of("audrey");
    private static final Actor OLAF = Actor.of("olaf");
    private static final Actor GLOBAL_AUDITOR = Actor.of("gina", GlobalRole.AUDITOR);
    private static final Actor ADMIN = Actor.of("root", GlobalRole.ADMIN);

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
    }

    @Test
    void theUserWhoFormsAPartnershipIsItsFirstCoordinator() {
        fixture.givenNoPriorActivity()
                .when(
                        new FormPartnership(PARTNERSHIP, "Clean River", "The river is polluted", Given.CONSENSUS_RULE),
                        by(OLAF))
                .expectEvents(Given.formed(), new CoordinatorAppointed(PARTNERSHIP, "olaf"));
    }

    @Test
    void aRepresentativeActsForItsPartner() {
        givenTheTable()
                .when(new CastVote(PARTNERSHIP, PROPOSAL, CITY, VoteChoice.AGREE, null), by(CARL))
                .expectEvents(new VoteCast(PARTNERSHIP, PROPOSAL, CITY, Sector.PUBLIC, VoteChoice.AGREE, null));
    }

    @Test
    void aRepresentativeCannotActForAnotherPartner() {
        givenTheTable()
                .when(new CastVote(PARTNERSHIP, PROPOSAL, COMPANY, VoteChoice.BLOCK, null), by(CARL))
                .expectException(violation(ErrorCode.NOT_REPRESENTATIVE, "partnerId"))
                .expectNoEvents();
    }

    @Test
    void aCoordinatorDoesNotActForAPartner() {
        givenTheTable()
                .when(submittedFor(CITY), by(CORA))
                .expectException(violation(ErrorCode.NOT_REPRESENTATIVE, "partnerId"))
                .expectNoEvents();
    }

    @Test
    void onlyCoordinatorsAdmitPartners() {
        givenTheTable()
                .when(new AdmitPartner(PARTNERSHIP, PartnerId.random(), "Residents", Sector.COMMUNITY), by(CARL))
                .expectException(violation(ErrorCode.COORDINATORS_ONLY))
                .expectNoEvents();
    }

    @Test
    void aRepresentativeMayWithdrawItsOwnPartnerOnly() {
        givenTheTable()
                .when(new WithdrawPartner(PARTNERSHIP, CITY, "We leave"), by(CARL))
                .expectEvents(new PartnerWithdrawn(PARTNERSHIP, CITY, Sector.PUBLIC, "We leave"));
        givenTheTable()
                .when(new WithdrawPartner(PARTNERSHIP, COMPANY, "You leave"), by(CARL))
                .expectException(violation(ErrorCode.NOT_REPRESENTATIVE, "partnerId"));
    }

    @Test
    void aCoordinatorMayWithdrawAnyPartner() {
        givenTheTable()
                .when(new WithdrawPartner(PARTNERSHIP, COMPANY, "Left the region"), by(CORA))
                .expectEvents(new PartnerWithdrawn(PARTNERSHIP, COMPANY, Sector.PRIVATE, "Left the region"));
    }

    @Test
    void anAppointedAuditorWritesNothing() {
        givenTheTable()
                .when(new DraftContractTerms(PARTNERSHIP, "Terms"), by(AUDREY))
                .expectException(violation(ErrorCode.COORDINATORS_ONLY));
        givenTheTable()
                .when(new CastVote(PARTNERSHIP, PROPOSAL, CITY, VoteChoice.AGREE, null), by(AUDREY))
                .expectException(violation(ErrorCode.NOT_REPRESENTATIVE, "partnerId"));
    }

    @Test
    void aGlobalAuditorWritesNothingNotEvenANewPartnership() {
        givenTheTable()
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL), by(GLOBAL_AUDITOR))
                .expectException(violation(ErrorCode.AUDITORS_WRITE_NOTHING))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(
                        new FormPartnership(PARTNERSHIP, "Clean River", "Purpose", Given.CONSENSUS_RULE),
                        by(GLOBAL_AUDITOR))
                .expectException(violation(ErrorCode.AUDITORS_WRITE_NOTHING));
    }

    @Test
    void aUserWithoutARoleIsToldThePartnershipDoesNotExist() {
        givenTheTable()
                .when(new CastVote(PARTNERSHIP, PROPOSAL, CITY, VoteChoice.AGREE, null), by(OLAF))
                .expectException(violation(ErrorCode.PARTNERSHIP_NOT_FOUND, "partnershipId"))
                .expectNoEvents();
    }

    @Test
    void anAdminMayAppointACoordinatorAndNothingMore() {
        givenTheTable()
                .when(new AppointCoordinator(PARTNERSHIP, "rescuer"), by(ADMIN))
                .expectEvents(new CoordinatorAppointed(PARTNERSHIP, "rescuer"));
        givenTheTable()
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL), by(ADMIN))
                .expectException(violation(ErrorCode.COORDINATORS_ONLY));
        givenTheTable()
                .when(new CastVote(PARTNERSHIP, PROPOSAL, CITY, VoteChoice.AGREE, null), by(ADMIN))
                .expectException(violation(ErrorCode.NOT_REPRESENTATIVE, "partnerId"));
    }

    @Test
    void aRepresentativeRemovedAMomentAgoCannotVoteOnceMore() {
        givenTheTable(new PartnerRepresentativesChanged(PARTNERSHIP, CITY, List.of("dora")))
                .when(new CastVote(PARTNERSHIP, PROPOSAL, CITY, VoteChoice.AGREE, null), by(CARL))
                .expectException(violation(ErrorCode.PARTNERSHIP_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void aRemovedCoordinatorCannotCloseProposals() {
        givenTheTable(
                        new CoordinatorAppointed(PARTNERSHIP, "dora"),
                        new CoordinatorRemoved(PARTNERSHIP, "cora"),
                        new PartnerRepresentativesChanged(PARTNERSHIP, CITY, List.of("carl", "cora")))
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL), by(CORA))
                .expectException(violation(ErrorCode.COORDINATORS_ONLY))
                .expectNoEvents();
    }

    @Test
    void aMissingPartnerIdIsInvalidInputRatherThanALackOfRights() {
        givenTheTable()
                .when(submittedFor(null), by(CARL))
                .expectException(violation(ErrorCode.INVALID_VALUE, "partnerId"));
    }

    @Test
    void onlyTheRepresentativesOfThePledgerDeliverOrWithdrawAPledge() {
        PledgeId citysPledge = PledgeId.random();
        WhoMayAct.Standing partnership = standingWithPledge(citysPledge, CITY);
        RecordDelivery delivery = new RecordDelivery(PARTNERSHIP, citysPledge, BigDecimal.TEN, null);
        WithdrawPledge withdrawal = new WithdrawPledge(PARTNERSHIP, citysPledge, "Budget cut");

        assertThatCode(() -> WhoMayAct.require(delivery, CARL, partnership)).doesNotThrowAnyException();
        assertThatCode(() -> WhoMayAct.require(withdrawal, CARL, partnership)).doesNotThrowAnyException();
        assertRefused(() -> WhoMayAct.require(delivery, ANNA, partnership), ErrorCode.NOT_REPRESENTATIVE, "pledgeId");
        assertRefused(() -> WhoMayAct.require(withdrawal, CORA, partnership), ErrorCode.NOT_REPRESENTATIVE, "pledgeId");
    }

    @Test
    void aPledgeThePartnershipDoesNotHaveIsNotFound() {
        WhoMayAct.Standing partnership = standingWithPledge(PledgeId.random(), CITY);

        assertRefused(
                () -> WhoMayAct.require(
                        new RecordDelivery(PARTNERSHIP, PledgeId.random(), BigDecimal.ONE, null), CARL, partnership),
                ErrorCode.PLEDGE_NOT_FOUND,
                "pledgeId");
    }

    @Test
    void aCommandSentWithoutAnActorIsRefusedAsABug() {
        givenTheTable().when(new CloseProposal(PARTNERSHIP, PROPOSAL)).expectException(IllegalStateException.class);
    }

    /** The table is the one place that says who may act: a command without a line there cannot be sent. */
    @Test
    void everyCommandThePartnershipHandlesHasALineInTheTable() {
        List<Class<?>> handled = Stream.concat(
                        Arrays.stream(Partnership.class.getDeclaredConstructors()),
                        Arrays.stream(Partnership.class.getDeclaredMethods()))
                .filter(handler -> handler.isAnnotationPresent(CommandHandler.class))
                .map(handler -> handler.getParameterTypes()[0])
                .toList();

        assertThat(handled).hasSizeGreaterThanOrEqualTo(14).allMatch(WhoMayAct::covers);
    }

    /** The partnership of the class comment, with an open proposal of the city's, and {@code more} events. */
    private TestExecutor<Partnership> givenTheTable(Object... more) {
        List<Object> history = new ArrayList<>(List.of(
                Given.formed(),
                new CoordinatorAppointed(PARTNERSHIP, "cora"),
                Given.admitted(CITY),
                Given.admitted(COMPANY),
                new PartnerRepresentativesChanged(PARTNERSHIP, CITY, List.of("carl")),
                new PartnerRepresentativesChanged(PARTNERSHIP, COMPANY, List.of("anna")),
                new AuditorAppointed(PARTNERSHIP, "audrey"),
                Given.submitted(ProposalKind.OBJECTIVE, null, List.of(Given.elector(CITY), Given.elector(COMPANY)))));
        history.addAll(List.of(more));
        return fixture.given(history);
    }

    private static SubmitProposal submittedFor(PartnerId partner) {
        return new SubmitProposal(
                PARTNERSHIP, PROPOSAL, partner, ProposalKind.OTHER, "Title", "Text", null, null, null);
    }

    /** A partnership as the table sees it, where {@code pledger} made {@code pledge}: pledges are not part of it yet. */
    private static WhoMayAct.Standing standingWithPledge(PledgeId pledge, PartnerId pledger) {
        Appointments appointments = new Appointments();
        appointments.on(new CoordinatorAppointed(PARTNERSHIP, "cora"));
        appointments.on(new PartnerRepresentativesChanged(PARTNERSHIP, CITY, List.of("carl")));
        appointments.on(new PartnerRepresentativesChanged(PARTNERSHIP, COMPANY, List.of("anna")));
        return new WhoMayAct.Standing() {
            @Override
            public Appointments appointments() {
                return appointments;
            }

            @Override
            public Optional<PartnerId> partnerOfPledge(PledgeId pledgeId) {
                return pledgeId.equals(pledge) ? Optional.of(pledger) : Optional.empty();
            }
        };
    }

    private static void assertRefused(ThrowingCallable act, ErrorCode code, String field) {
        assertThatThrownBy(act).isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.code()).isEqualTo(code);
            assertThat(violation.field()).isEqualTo(field);
        });
    }
}
