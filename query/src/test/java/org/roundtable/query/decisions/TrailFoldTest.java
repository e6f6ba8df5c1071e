package org.roundtable.query.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.roundtable.query.support.TestStream.at;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.Elector;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.IndicatorProgress;
import org.roundtable.api.LessonId;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.ScalingGate;
import org.roundtable.api.Sector;
import org.roundtable.api.Tally;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.events.IndicatorAdopted;
import org.roundtable.api.events.LessonLogged;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.api.events.ProposalClosed;
import org.roundtable.api.events.ProposalSubmitted;
import org.roundtable.api.events.VoteCast;
import org.roundtable.api.events.VoteChanged;
import org.roundtable.api.queries.ProposalTrail;
import org.roundtable.api.queries.TrailEntry;
import org.roundtable.query.support.RecordedEvent;
import org.roundtable.query.support.TestStream;

class TrailFoldTest {

    private final PartnershipId partnership = PartnershipId.random();
    private final ProposalId proposal = ProposalId.random();
    private final ProposalId another = ProposalId.random();
    private final PartnerId city = PartnerId.random();
    private final PartnerId mill = PartnerId.random();
    private final PartnerId residents = PartnerId.random();
    private final List<Elector> electorate = List.of(
            new Elector(city, Sector.PUBLIC),
            new Elector(mill, Sector.PRIVATE),
            new Elector(residents, Sector.COMMUNITY));
    private final TestStream stream = new TestStream();

    @Test
    void aProposalNeverSubmittedInThePartnershipHasNoTrail() {
        stream.record(submitted(another, ProposalKind.OTHER, null)).record(cast(another, city, VoteChoice.AGREE));

        assertThat(TrailFold.of(proposal, stream.events().iterator())).isEmpty();
    }

    @Test
    void everyVoteAndEveryChangeIsOnTheTrailWithTheTallyAfterIt() {
        stream.by("ann")
                .record(submitted(proposal, ProposalKind.OBJECTIVE, null))
                .by("carl")
                .record(cast(proposal, city, VoteChoice.AGREE))
                .by("mia")
                .record(new VoteCast(partnership, proposal, mill, Sector.PRIVATE, VoteChoice.BLOCK, "Too costly"))
                .record(new VoteChanged(
                        partnership,
                        proposal,
                        mill,
                        Sector.PRIVATE,
                        VoteChoice.BLOCK,
                        VoteChoice.DISAGREE,
                        "Costly, but we will not stop the others"))
                .by("rita")
                .record(cast(proposal, residents, VoteChoice.ABSTAIN))
                .by("mia")
                .record(new VoteChanged(
                        partnership,
                        proposal,
                        mill,
                        Sector.PRIVATE,
                        VoteChoice.DISAGREE,
                        VoteChoice.AGREE,
                        "Convinced by the study"));

        assertThat(trail().entries())
                .containsExactly(
                        new TrailEntry(
                                1,
                                "ProposalSubmitted",
                                at(1),
                                "ann",
                                city,
                                Sector.PUBLIC,
                                ProposalKind.OBJECTIVE,
                                "Halve the discharge",
                                null,
                                electorate,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                new Tally(0, 0, 0, 0, 3, 0),
                                null,
                                null,
                                null,
                                null),
                        vote(
                                2,
                                "VoteCast",
                                "carl",
                                city,
                                Sector.PUBLIC,
                                null,
                                VoteChoice.AGREE,
                                "Because",
                                new Tally(1, 0, 0, 0, 3, 1)),
                        vote(
                                3,
                                "VoteCast",
                                "mia",
                                mill,
                                Sector.PRIVATE,
                                null,
                                VoteChoice.BLOCK,
                                "Too costly",
                                new Tally(1, 0, 0, 1, 3, 2)),
                        vote(
                                4,
                                "VoteChanged",
                                "mia",
                                mill,
                                Sector.PRIVATE,
                                VoteChoice.BLOCK,
                                VoteChoice.DISAGREE,
                                "Costly, but we will not stop the others",
                                new Tally(1, 0, 1, 0, 3, 2)),
                        vote(
                                5,
                                "VoteCast",
                                "rita",
                                residents,
                                Sector.COMMUNITY,
                                null,
                                VoteChoice.ABSTAIN,
                                "Because",
                                new Tally(1, 1, 1, 0, 3, 3)),
                        vote(
                                6,
                                "VoteChanged",
                                "mia",
                                mill,
                                Sector.PRIVATE,
                                VoteChoice.DISAGREE,
                                VoteChoice.AGREE,
                                "Convinced by the study",
                                new Tally(2, 1, 0, 0, 3, 3)));
    }

    @Test
    void eventsOfOtherProposalsAndOfThePartnershipAreLeftOutButKeepTheirSequenceGaps() {
        stream.record(submitted(proposal, ProposalKind.OBJECTIVE, null))
                .record(submitted(another, ProposalKind.OTHER, null))
                .record(cast(another, city, VoteChoice.BLOCK))
                .record(new LessonLogged(
                        partnership,
                        LessonId.random(),
                        city,
                        Sector.PUBLIC,
                        Phase.MOBILIZE,
                        "Meet in the evening",
                        "Residents work during the day"))
                .record(cast(proposal, city, VoteChoice.AGREE));

        assertThat(trail().entries())
                .extracting(TrailEntry::sequence, TrailEntry::type, TrailEntry::tally)
                .containsExactly(
                        tuple(1L, "ProposalSubmitted", new Tally(0, 0, 0, 0, 3, 0)),
                        tuple(5L, "VoteCast", new Tally(1, 0, 0, 0, 3, 1)));
    }

    /** A partner that withdraws keeps its cast vote (SPEC section 2), so the tally does not move. */
    @Test
    void theClosingShowsItsOutcomeWithTheTallyItWasDecidedWithAndThePhaseChangeItCaused() {
        stream.record(formed())
                .record(submitted(proposal, ProposalKind.PHASE_CHANGE, Phase.CO_DEVELOP))
                .record(cast(proposal, city, VoteChoice.AGREE))
                .record(cast(proposal, mill, VoteChoice.AGREE))
                .record(new PartnerWithdrawn(partnership, mill, Sector.PRIVATE, "Closing the mill"))
                .by("chair")
                .record(
                        new ProposalClosed(
                                partnership,
                                proposal,
                                city,
                                ProposalKind.PHASE_CHANGE,
                                Outcome.ADOPTED,
                                new Tally(2, 0, 0, 0, 3, 2),
                                null),
                        new PhaseChanged(partnership, proposal, Phase.MOBILIZE, Phase.CO_DEVELOP, 1));

        List<TrailEntry> entries = trail().entries();

        assertThat(entries).hasSize(5);
        assertThat(entries.get(3))
                .isEqualTo(new TrailEntry(
                        6,
                        "ProposalClosed",
                        at(6),
                        "chair",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Outcome.ADOPTED,
                        null,
                        null,
                        new Tally(2, 0, 0, 0, 3, 2),
                        null,
                        null,
                        null,
                        null));
        assertThat(entries.get(4))
                .isEqualTo(new TrailEntry(
                        7,
                        "PhaseChanged",
                        at(7),
                        "chair",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Phase.MOBILIZE,
                        Phase.CO_DEVELOP,
                        new Tally(2, 0, 0, 0, 3, 2),
                        null,
                        null,
                        null,
                        1));
    }

    /** Closing a PHASE_CHANGE to SCALE records its gate; the move SCALE → CO_DEVELOP after it starts loop 2. */
    @Test
    void theClosingShowsTheGateAndThePhaseChangeTheLoopItStarts() {
        ScalingGate gate = new ScalingGate(true, List.of(new IndicatorProgress(IndicatorId.random(), 1.2)));
        ProposalId back = ProposalId.random();
        stream.record(formed())
                .record(new PhaseChanged(partnership, another, Phase.MOBILIZE, Phase.PILOT_TEST, 0))
                .record(submitted(proposal, ProposalKind.PHASE_CHANGE, Phase.SCALE))
                .record(
                        new ProposalClosed(
                                partnership,
                                proposal,
                                city,
                                ProposalKind.PHASE_CHANGE,
                                Outcome.ADOPTED,
                                new Tally(0, 0, 0, 0, 3, 0),
                                gate),
                        new PhaseChanged(partnership, proposal, Phase.PILOT_TEST, Phase.SCALE, 0))
                .record(submitted(back, ProposalKind.PHASE_CHANGE, Phase.CO_DEVELOP))
                .record(
                        new ProposalClosed(
                                partnership,
                                back,
                                city,
                                ProposalKind.PHASE_CHANGE,
                                Outcome.ADOPTED,
                                new Tally(0, 0, 0, 0, 3, 0),
                                null),
                        new PhaseChanged(partnership, back, Phase.SCALE, Phase.CO_DEVELOP, 0));

        assertThat(trail().entries())
                .extracting(TrailEntry::type, TrailEntry::gate, TrailEntry::loop)
                .containsExactly(
                        tuple("ProposalSubmitted", null, null),
                        tuple("ProposalClosed", gate, null),
                        tuple("PhaseChanged", null, 1));
        assertThat(TrailFold.of(back, stream.events().iterator()).orElseThrow().entries())
                .extracting(TrailEntry::type, TrailEntry::loop)
                .containsExactly(
                        tuple("ProposalSubmitted", null), tuple("ProposalClosed", null), tuple("PhaseChanged", 2));
    }

    /** An INDICATOR proposal shows what it defines when submitted, and the indicator its adoption records. */
    @Test
    void anAdoptedIndicatorProposalEndsWithTheIndicatorItDefines() {
        IndicatorDefinition days =
                new IndicatorDefinition("Swimmable days", "days", new BigDecimal("10"), new BigDecimal("60"));
        ProposalSubmitted submitted = submitted(proposal, ProposalKind.INDICATOR, null);
        stream.record(formed())
                .record(new ProposalSubmitted(
                        partnership,
                        proposal,
                        city,
                        Sector.PUBLIC,
                        ProposalKind.INDICATOR,
                        submitted.title(),
                        submitted.text(),
                        null,
                        electorate,
                        days,
                        List.of()))
                .record(
                        new ProposalClosed(
                                partnership,
                                proposal,
                                city,
                                ProposalKind.INDICATOR,
                                Outcome.ADOPTED,
                                new Tally(0, 0, 0, 0, 3, 0),
                                null),
                        new IndicatorAdopted(
                                partnership,
                                IndicatorId.of(proposal),
                                days.name(),
                                days.unit(),
                                days.baseline(),
                                days.target()));

        assertThat(trail().entries())
                .extracting(TrailEntry::type, TrailEntry::indicator)
                .containsExactly(
                        tuple("ProposalSubmitted", days),
                        tuple("ProposalClosed", null),
                        tuple("IndicatorAdopted", days));
    }

    @Test
    void theStreamIsReadNoFurtherThanOneEventPastTheClosing() {
        stream.record(submitted(proposal, ProposalKind.OBJECTIVE, null))
                .record(cast(proposal, city, VoteChoice.AGREE))
                .record(new ProposalClosed(
                        partnership,
                        proposal,
                        city,
                        ProposalKind.OBJECTIVE,
                        Outcome.ADOPTED,
                        new Tally(1, 0, 0, 0, 3, 1),
                        null))
                .record(submitted(another, ProposalKind.OTHER, null));
        Iterator<RecordedEvent> events = stream.events().iterator();
        Iterator<RecordedEvent> failingBeyond = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public RecordedEvent next() {
                if (!events.hasNext()) {
                    throw new AssertionError("read beyond the proposal's last event");
                }
                return events.next();
            }
        };

        assertThat(TrailFold.of(proposal, failingBeyond).orElseThrow().entries())
                .hasSize(3);
    }

    private ProposalTrail trail() {
        return TrailFold.of(proposal, stream.events().iterator()).orElseThrow();
    }

    private PartnershipFormed formed() {
        return new PartnershipFormed(
                partnership,
                "Clean river",
                "Make the river swimmable",
                new DecisionRule(DecisionMethod.CONSENT, new BigDecimal("0.5"), false),
                Phase.MOBILIZE);
    }

    private ProposalSubmitted submitted(ProposalId id, ProposalKind kind, Phase targetPhase) {
        return new ProposalSubmitted(
                partnership,
                id,
                city,
                Sector.PUBLIC,
                kind,
                "Halve the discharge",
                "By 2030",
                targetPhase,
                electorate,
                null,
                List.of());
    }

    private VoteCast cast(ProposalId id, PartnerId voter, VoteChoice choice) {
        Sector sector = electorate.stream()
                .filter(elector -> elector.partnerId().equals(voter))
                .findFirst()
                .orElseThrow()
                .sector();
        return new VoteCast(partnership, id, voter, sector, choice, "Because");
    }

    private static TrailEntry vote(
            long sequence,
            String type,
            String actor,
            PartnerId voter,
            Sector sector,
            VoteChoice previousChoice,
            VoteChoice choice,
            String rationale,
            Tally tally) {
        return new TrailEntry(
                sequence,
                type,
                at(sequence),
                actor,
                voter,
                sector,
                null,
                null,
                null,
                null,
                previousChoice,
                choice,
                rationale,
                null,
                null,
                null,
                tally,
                null,
                null,
                null,
                null);
    }
}
