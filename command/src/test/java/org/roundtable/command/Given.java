package org.roundtable.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.roundtable.api.Actor;
import org.roundtable.api.Attendee;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.Elector;
import org.roundtable.api.Evidence;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.MeasurementId;
import org.roundtable.api.MeetingId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.PledgeId;
import org.roundtable.api.PledgeKind;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.Sector;
import org.roundtable.api.Tally;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.commands.SubmitProposal;
import org.roundtable.api.events.AttendanceRecorded;
import org.roundtable.api.events.CoordinatorAppointed;
import org.roundtable.api.events.IndicatorAdopted;
import org.roundtable.api.events.MeasurementRecorded;
import org.roundtable.api.events.MeetingRecorded;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerRepresentativesChanged;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.api.events.PledgeDelivered;
import org.roundtable.api.events.PledgeMade;
import org.roundtable.api.events.ProposalSubmitted;
import org.roundtable.api.events.VoteCast;

/** A small partnership that the aggregate tests start from: a city hall, a company and an NGO. */
final class Given {

    static final PartnershipId PARTNERSHIP = PartnershipId.random();
    static final PartnerId CITY = PartnerId.random();
    static final PartnerId COMPANY = PartnerId.random();
    static final PartnerId NGO = PartnerId.random();
    static final PartnerId UNKNOWN_PARTNER = PartnerId.random();
    static final ProposalId PROPOSAL = ProposalId.random();
    static final MeetingId MEETING = MeetingId.random();
    static final PledgeId PLEDGE = PledgeId.random();
    static final Instant HELD_AT = Instant.parse("2026-03-01T18:00:00Z");
    /** The moment at which tests that need one record their events: the fixture stamps events with it. */
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    /** Days a year the river is fit to swim in: 10 now, 60 wanted. */
    static final IndicatorDefinition SWIMMING_DAYS =
            new IndicatorDefinition("Swimming days", "days a year", new BigDecimal("10"), new BigDecimal("60"));

    static final DecisionRule CONSENSUS_RULE = rule(DecisionMethod.CONSENSUS, "0.5", false);

    /** The user who sends the commands of {@link #fixture()}. */
    static final String TESTER = "tester";

    private Given() {}

    /**
     * A fixture for the rules of the partnership itself, where who acts is beside the point: every
     * command is sent by {@link #TESTER} (unless the test names another actor in the command's
     * metadata), and {@code TESTER} is a coordinator of every partnership of a given history and a
     * representative of every partner it admits. So a test can write its history without the
     * appointments; the tests of who may act ({@code WhoMayActTest}) write theirs in full.
     */
    static AggregateTestFixture<Partnership> fixture() {
        AggregateTestFixture<Partnership> fixture = new TesterAppointedFixture();
        fixture.registerCommandDispatchInterceptor(sentBy(TESTER));
        return fixture;
    }

    /** The metadata of a command sent by {@code actor}. */
    static Map<String, String> by(Actor actor) {
        return actor.metaData();
    }

    private static MessageDispatchInterceptor<CommandMessage<?>> sentBy(String user) {
        return messages -> (index, command) -> command.getMetaData().containsKey(Actor.NAME)
                ? command
                : command.andMetaData(Actor.of(user).metaData());
    }

    /** Follows each formed partnership and each admitted partner of a given history with {@link #TESTER}'s appointment. */
    private static final class TesterAppointedFixture extends AggregateTestFixture<Partnership> {

        TesterAppointedFixture() {
            super(Partnership.class);
        }

        @Override
        public TestExecutor<Partnership> andGiven(List<?> domainEvents) {
            List<Object> history = new ArrayList<>();
            for (Object event : domainEvents) {
                history.add(event);
                if (event instanceof PartnershipFormed formed) {
                    history.add(new CoordinatorAppointed(formed.partnershipId(), TESTER));
                }
                if (event instanceof PartnerAdmitted admitted) {
                    history.add(new PartnerRepresentativesChanged(
                            admitted.partnershipId(), admitted.partnerId(), List.of(TESTER)));
                }
            }
            return super.andGiven(history);
        }
    }

    static DecisionRule rule(DecisionMethod method, String quorum, boolean requireEverySector) {
        return new DecisionRule(method, new BigDecimal(quorum), requireEverySector);
    }

    static PartnershipFormed formed(DecisionRule rule) {
        return new PartnershipFormed(PARTNERSHIP, "Clean River", "The river is polluted", rule, Phase.MOBILIZE);
    }

    static PartnershipFormed formed() {
        return formed(CONSENSUS_RULE);
    }

    static PartnerAdmitted admitted(PartnerId partner) {
        return new PartnerAdmitted(PARTNERSHIP, partner, nameOf(partner), sectorOf(partner));
    }

    /** Formed with the consensus rule, the three partners admitted. */
    static List<Object> threePartners() {
        return threePartners(CONSENSUS_RULE);
    }

    static List<Object> threePartners(DecisionRule rule) {
        return List.of(formed(rule), admitted(CITY), admitted(COMPANY), admitted(NGO));
    }

    static List<Elector> electorateOfThree() {
        return List.of(elector(CITY), elector(COMPANY), elector(NGO));
    }

    static Elector elector(PartnerId partner) {
        return new Elector(partner, sectorOf(partner));
    }

    static ProposalSubmitted submitted(ProposalKind kind, Phase targetPhase, List<Elector> electorate) {
        return submitted(kind, targetPhase, electorate, null, List.of());
    }

    /** The city's proposal {@link #PROPOSAL}, defining {@code indicator} and citing {@code evidence}. */
    static ProposalSubmitted submitted(
            ProposalKind kind,
            Phase targetPhase,
            List<Elector> electorate,
            IndicatorDefinition indicator,
            List<Evidence> evidence) {
        return new ProposalSubmitted(
                PARTNERSHIP,
                PROPOSAL,
                CITY,
                Sector.PUBLIC,
                kind,
                "Swim again",
                "Make the river swimmable by 2030",
                targetPhase,
                electorate,
                indicator,
                evidence);
    }

    /** The command that {@link #submitted(ProposalKind, Phase, List, IndicatorDefinition, List)} records. */
    static SubmitProposal submit(
            ProposalKind kind, Phase targetPhase, IndicatorDefinition indicator, List<IndicatorId> evidence) {
        return new SubmitProposal(
                PARTNERSHIP,
                PROPOSAL,
                CITY,
                kind,
                "Swim again",
                "Make the river swimmable by 2030",
                targetPhase,
                indicator,
                evidence);
    }

    /** An OBJECTIVE proposal by the city, put to all three partners. */
    static ProposalSubmitted submittedObjective() {
        return submitted(ProposalKind.OBJECTIVE, null, electorateOfThree());
    }

    /** The tally of a proposal all three partners agreed to. */
    static final Tally ALL_AGREE = new Tally(3, 0, 0, 0, 3, 3);

    /** {@code submitted}, then all three partners agreeing to it. */
    static List<Object> agreedByAll(ProposalSubmitted submitted) {
        return List.of(
                submitted,
                voted(CITY, VoteChoice.AGREE),
                voted(COMPANY, VoteChoice.AGREE),
                voted(NGO, VoteChoice.AGREE));
    }

    static VoteCast voted(PartnerId partner, VoteChoice choice) {
        return new VoteCast(PARTNERSHIP, PROPOSAL, partner, sectorOf(partner), choice, null);
    }

    static PartnerWithdrawn withdrew(PartnerId partner) {
        return new PartnerWithdrawn(PARTNERSHIP, partner, sectorOf(partner), "Funding ended");
    }

    /** The spring forum, recorded while the three partners are active. */
    static MeetingRecorded meetingRecorded() {
        return new MeetingRecorded(PARTNERSHIP, MEETING, "Spring forum", HELD_AT);
    }

    static AttendanceRecorded attended(PartnerId... partners) {
        return new AttendanceRecorded(
                PARTNERSHIP,
                MEETING,
                Arrays.stream(partners)
                        .map(partner -> new Attendee(partner, sectorOf(partner)))
                        .toList());
    }

    /** The company pledges {@code amount} of {@code unit} for water sampling. */
    static PledgeMade pledged(String amount, String unit) {
        return new PledgeMade(
                PARTNERSHIP,
                PLEDGE,
                COMPANY,
                Sector.PRIVATE,
                PledgeKind.FUNDING,
                new BigDecimal(amount),
                unit,
                "Water sampling");
    }

    static PledgeDelivered delivered(String amount) {
        return new PledgeDelivered(PARTNERSHIP, PLEDGE, COMPANY, Sector.PRIVATE, new BigDecimal(amount), "EUR", null);
    }

    /** The three partners, having moved step by step, in loop 1, up to {@code phase}. */
    static List<Object> threePartnersIn(Phase phase) {
        List<Object> history = new ArrayList<>(threePartners());
        for (int step = 1; step <= phase.ordinal(); step++) {
            history.add(new PhaseChanged(
                    PARTNERSHIP, ProposalId.random(), Phase.values()[step - 1], Phase.values()[step], 1));
        }
        return history;
    }

    /** The indicator {@code indicator} adopted, measuring {@link #SWIMMING_DAYS}. */
    static IndicatorAdopted indicatorAdopted(IndicatorId indicator) {
        return new IndicatorAdopted(
                PARTNERSHIP,
                indicator,
                SWIMMING_DAYS.name(),
                SWIMMING_DAYS.unit(),
                SWIMMING_DAYS.baseline(),
                SWIMMING_DAYS.target());
    }

    /** The NGO measured {@code value} of {@code indicator}, as observed at {@code observedAt}. */
    static MeasurementRecorded measured(IndicatorId indicator, String value, Instant observedAt) {
        return new MeasurementRecorded(
                PARTNERSHIP,
                indicator,
                MeasurementId.random(),
                NGO,
                sectorOf(NGO),
                new BigDecimal(value),
                observedAt,
                "Bathing water survey");
    }

    static String nameOf(PartnerId partner) {
        if (partner.equals(CITY)) {
            return "City Hall";
        }
        if (partner.equals(COMPANY)) {
            return "Acme Water";
        }
        return partner.equals(NGO) ? "River Friends" : "Partner " + partner;
    }

    static Sector sectorOf(PartnerId partner) {
        if (partner.equals(CITY)) {
            return Sector.PUBLIC;
        }
        if (partner.equals(COMPANY)) {
            return Sector.PRIVATE;
        }
        return partner.equals(NGO) ? Sector.NON_PROFIT : Sector.COMMUNITY;
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    static <T> List<T> concat(List<? extends T> first, List<? extends T> second) {
        List<T> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
