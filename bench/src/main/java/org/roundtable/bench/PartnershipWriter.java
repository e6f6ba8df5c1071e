package org.roundtable.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.LessonId;
import org.roundtable.api.MeasurementId;
import org.roundtable.api.MeetingId;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.PledgeId;
import org.roundtable.api.PledgeKind;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.Sector;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.commands.AdmitPartner;
import org.roundtable.api.commands.CastVote;
import org.roundtable.api.commands.CloseProposal;
import org.roundtable.api.commands.ContractVersion;
import org.roundtable.api.commands.DraftContractTerms;
import org.roundtable.api.commands.FormPartnership;
import org.roundtable.api.commands.LogLesson;
import org.roundtable.api.commands.MakePledge;
import org.roundtable.api.commands.ProposalClosure;
import org.roundtable.api.commands.RecordAttendance;
import org.roundtable.api.commands.RecordContribution;
import org.roundtable.api.commands.RecordDelivery;
import org.roundtable.api.commands.RecordMeasurement;
import org.roundtable.api.commands.RecordMeeting;
import org.roundtable.api.commands.SignContract;
import org.roundtable.api.commands.SubmitProposal;
import org.roundtable.api.commands.WithdrawPartner;
import org.roundtable.api.commands.WithdrawPledge;

/**
 * Writes one partnership's history through the server's command side, as its coordinator and the
 * representative of all its partners would through HTTP, so that the aggregate checks every act and the
 * history is valid by construction. The history is uneven on purpose, so that the views do real work:
 * a few partners propose and speak far more than the others, turnout differs from partner to partner,
 * votes are changed, partners leave and are replaced, pledges are delivered in part, in full or withdrawn.
 * It keeps just enough of the partnership's state (who is active, the phase, the open pledges) to send
 * only acts the rules allow; a refused act stops the benchmark.
 */
final class PartnershipWriter {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Instant FIRST_MEETING = Instant.parse("2026-01-05T09:00:00Z");
    private static final ProposalKind[] ORDINARY_KINDS = {
        ProposalKind.OBJECTIVE, ProposalKind.TARGET, ProposalKind.INDICATOR, ProposalKind.GO_NO_GO, ProposalKind.OTHER
    };
    private static final int PHASE_CHANGE_EVERY = 8;
    private static final int MEETING_EVERY = 3;
    private static final int LESSON_EVERY = 4;
    private static final int PLEDGE_EVERY = 5;
    private static final int TURNOVER_EVERY = 40;

    private final CommandGateway gateway;
    private final PartnershipId id;
    private final Random random;
    private final List<PartnerId> active = new ArrayList<>();
    private IndicatorId scaleIndicator;
    private final Map<PartnerId, Double> turnout = new HashMap<>();
    private final List<OpenPledge> openPledges = new ArrayList<>();
    private Phase phase = Phase.MOBILIZE;
    private int admitted;
    private int rounds;
    private int pledges;

    private PartnershipWriter(CommandGateway gateway, PartnershipId id, long seed) {
        this.gateway = gateway;
        this.id = id;
        this.random = new Random(seed);
    }

    /** Forms a partnership deciding by {@code method}; the sender becomes its coordinator. */
    static PartnershipWriter form(CommandGateway gateway, String name, DecisionMethod method, long seed) {
        PartnershipWriter writer = new PartnershipWriter(gateway, PartnershipId.random(), seed);
        writer.send(new FormPartnership(
                writer.id,
                name,
                "Make the river swimmable again by 2030: a shared "
                        + "analysis of the pollution, pilots along the banks, and what it takes to scale them.",
                new DecisionRule(method, DecisionRule.DEFAULT_QUORUM, false)));
        return writer;
    }

    PartnershipId id() {
        return id;
    }

    List<PartnerId> activePartners() {
        return List.copyOf(active);
    }

    /** Admits {@code count} partners from every sector in turn, each represented by the benchmark's user. */
    void admit(int count) {
        for (int i = 0; i < count; i++) {
            PartnerId partner = PartnerId.random();
            Sector sector = Sector.values()[admitted % Sector.values().length];
            admitted++;
            send(new AdmitPartner(
                    id, partner, "Partner %03d".formatted(admitted), sector, List.of(ServerSettings.USER)));
            active.add(partner);
            turnout.put(partner, 0.4 + 0.6 * random.nextDouble());
        }
    }

    /** Drafts the next version of the contract, which every active partner signs: it comes into force. */
    void signContract() {
        ContractVersion version = send(
                new DraftContractTerms(
                        id,
                        "Version drafted in round " + rounds
                                + ": every partner commits to the shared analysis, the pilots and the reporting of their results."));
        for (PartnerId partner : active) {
            send(new SignContract(id, partner, version.version(), "The director"));
        }
    }

    /**
     * One stretch of the partnership's life: a proposal put to the vote, votes, a few changed, and its
     * closing; and at their own intervals a meeting with attendance and speaking turns, a lesson, a pledge
     * with a delivery or a withdrawal, and a partner replaced by a new one, which takes a new contract.
     */
    void round() {
        rounds++;
        decide(nextKind());
        if (rounds % MEETING_EVERY == 0) {
            meet();
        }
        if (rounds % LESSON_EVERY == 0) {
            send(new LogLesson(
                    id,
                    LessonId.random(),
                    prominent(active),
                    null,
                    "Lesson of round " + rounds,
                    "Pilots need the residents on board from the first day, not once the design is done."));
        }
        if (rounds % PLEDGE_EVERY == 0) {
            pledgeAndDeliver();
        }
        if (rounds % TURNOVER_EVERY == 0) {
            replaceAPartner();
        }
    }

    /** Submits an objective by the first active partner and leaves it open, for votes to come. */
    ProposalId openProposal() {
        return submit(active.get(0), ProposalKind.OBJECTIVE, null, null);
    }

    private ProposalKind nextKind() {
        return rounds % PHASE_CHANGE_EVERY == 0
                ? ProposalKind.PHASE_CHANGE
                : ORDINARY_KINDS[rounds % ORDINARY_KINDS.length];
    }

    private void decide(ProposalKind kind) {
        Phase target = kind == ProposalKind.PHASE_CHANGE ? nextPhase() : null;
        List<PartnerId> electorate = List.copyOf(active);
        ProposalId proposal = submit(prominent(electorate), kind, target, evidenceFor(target));
        Map<PartnerId, VoteChoice> votes = new HashMap<>();
        for (PartnerId elector : electorate) {
            if (random.nextDouble() < turnout.get(elector)) {
                VoteChoice choice = choice();
                send(new CastVote(
                        id,
                        proposal,
                        elector,
                        choice,
                        "Seen from the " + choice.name().toLowerCase() + " side, after the working group's report"));
                votes.put(elector, choice);
            }
        }
        votes.forEach((elector, first) -> {
            if (random.nextDouble() < 0.1) {
                VoteChoice changed = other(first);
                send(new CastVote(id, proposal, elector, changed, "Changed after the debate at the forum"));
            }
        });
        ProposalClosure closure = send(new CloseProposal(id, proposal));
        if (target != null && closure.outcome() == Outcome.ADOPTED) {
            phase = target;
        }
    }

    /**
     * What a move to SCALE cites, which the partnership requires: one indicator, adopted the first time a
     * scale-up is proposed and measured at its target then, so that every later scale-up passes its gate as
     * the generated history expects. Other moves cite nothing.
     */
    private List<IndicatorId> evidenceFor(Phase target) {
        if (target != Phase.SCALE) {
            return null;
        }
        if (scaleIndicator == null) {
            scaleIndicator = adoptIndicatorMeasuredAtItsTarget();
        }
        return List.of(scaleIndicator);
    }

    private IndicatorId adoptIndicatorMeasuredAtItsTarget() {
        PartnerId author = active.get(0);
        ProposalId proposal = ProposalId.random();
        send(new SubmitProposal(
                id,
                proposal,
                author,
                ProposalKind.INDICATOR,
                "Measure the river's water quality",
                "The water quality index of the monitoring stations, from today's 0 to 100 once the river is clean.",
                null,
                new IndicatorDefinition("Water quality index", "points", BigDecimal.ZERO, HUNDRED),
                null));
        for (PartnerId elector : active) {
            send(new CastVote(id, proposal, elector, VoteChoice.AGREE, "We measure what we promise"));
        }
        send(new CloseProposal(id, proposal));
        IndicatorId indicator = IndicatorId.of(proposal);
        send(new RecordMeasurement(
                id,
                indicator,
                MeasurementId.random(),
                author,
                HUNDRED,
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                "Monitoring stations"));
        return indicator;
    }

    private ProposalId submit(PartnerId author, ProposalKind kind, Phase targetPhase, List<IndicatorId> evidence) {
        ProposalId proposal = ProposalId.random();
        send(new SubmitProposal(
                id,
                proposal,
                author,
                kind,
                "Proposal of round " + rounds,
                "Agree on the next step for the river: who does what by when, measured how, and paid by whom. "
                        + "The working group drafted it from the partners' contributions at the last forum.",
                targetPhase,
                null,
                evidence));
        return proposal;
    }

    private void meet() {
        MeetingId meeting = MeetingId.random();
        send(new RecordMeeting(id, meeting, "Forum of round " + rounds, FIRST_MEETING.plus(Duration.ofDays(rounds))));
        List<PartnerId> attendees = new ArrayList<>();
        for (PartnerId partner : active) {
            if (random.nextDouble() < 0.8) {
                attendees.add(partner);
            }
        }
        if (attendees.isEmpty()) {
            attendees.add(active.get(0));
        }
        send(new RecordAttendance(id, meeting, attendees));
        for (int turn = 0; turn < Math.max(1, attendees.size() / 3); turn++) {
            send(new RecordContribution(
                    id, meeting, prominent(attendees), 30 + random.nextInt(570), "The state of the river"));
        }
    }

    private void pledgeAndDeliver() {
        pledges++;
        PledgeId pledge = PledgeId.random();
        PartnerId pledger = prominent(active);
        boolean funding = pledges % 2 == 0;
        BigDecimal amount = BigDecimal.valueOf(funding ? 1_000L * (1 + random.nextInt(50)) : 10L + random.nextInt(190));
        send(new MakePledge(
                id,
                pledge,
                pledger,
                funding ? PledgeKind.FUNDING : PledgeKind.STAFF_TIME,
                amount,
                funding ? "EUR" : "HOURS",
                funding ? "Filters for the outlet" : "An engineer's time"));
        openPledges.add(new OpenPledge(pledge, pledger, amount));
        OpenPledge delivered = openPledges.get(random.nextInt(openPledges.size()));
        boolean inFull = pledges % 4 == 0 || delivered.remaining.compareTo(TWO) < 0;
        BigDecimal delivery = inFull ? delivered.remaining : delivered.remaining.divideToIntegralValue(TWO);
        send(new RecordDelivery(id, delivered.id, delivery, "Delivered as agreed"));
        delivered.remaining = delivered.remaining.subtract(delivery);
        if (delivered.remaining.signum() == 0) {
            openPledges.remove(delivered);
        }
        if (pledges % 3 == 0 && !openPledges.isEmpty()) {
            OpenPledge withdrawn = openPledges.remove(random.nextInt(openPledges.size()));
            send(new WithdrawPledge(id, withdrawn.id, "The budget was cut"));
        }
    }

    /** A partner leaves and a new one joins, which lapses the contract: a new version is drafted and signed. */
    private void replaceAPartner() {
        PartnerId leaving = active.remove(random.nextInt(active.size()));
        send(new WithdrawPartner(id, leaving, "Its mandate ended"));
        // A withdrawn partner's pledges take no more deliveries or withdrawals.
        openPledges.removeIf(pledge -> pledge.partner.equals(leaving));
        admit(1);
        signContract();
    }

    /** A partner drawn so that the first few of the list are drawn far more often: some voices dominate. */
    private PartnerId prominent(List<PartnerId> partners) {
        double draw = random.nextDouble();
        return partners.get((int) (partners.size() * draw * draw));
    }

    private VoteChoice choice() {
        double draw = random.nextDouble();
        return draw < 0.72
                ? VoteChoice.AGREE
                : draw < 0.82 ? VoteChoice.ABSTAIN : draw < 0.97 ? VoteChoice.DISAGREE : VoteChoice.BLOCK;
    }

    private VoteChoice other(VoteChoice choice) {
        VoteChoice other = choice();
        return other != choice ? other : VoteChoice.values()[(choice.ordinal() + 1) % VoteChoice.values().length];
    }

    /** One step forward, or from SCALE back to CO_DEVELOP. */
    private Phase nextPhase() {
        return phase == Phase.SCALE ? Phase.CO_DEVELOP : Phase.values()[phase.ordinal() + 1];
    }

    private <R> R send(Object command) {
        return gateway.sendAndWait(command);
    }

    /** A pledge that still takes deliveries, and what remains of it. */
    private static final class OpenPledge {

        private final PledgeId id;
        private final PartnerId partner;
        private BigDecimal remaining;

        private OpenPledge(PledgeId id, PartnerId partner, BigDecimal remaining) {
            this.id = id;
            this.partner = partner;
            this.remaining = remaining;
        }
    }
}
