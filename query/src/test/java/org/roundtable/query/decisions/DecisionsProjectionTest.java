package org.roundtable.query.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.roundtable.query.support.Batches.inOneBatch;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.Elector;
import org.roundtable.api.Evidence;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.IndicatorProgress;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.ProposalStatus;
import org.roundtable.api.ScalingGate;
import org.roundtable.api.Sector;
import org.roundtable.api.Tally;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.ProposalClosed;
import org.roundtable.api.events.ProposalSubmitted;
import org.roundtable.api.events.VoteCast;
import org.roundtable.api.events.VoteChanged;
import org.roundtable.api.queries.DecisionLog;
import org.roundtable.api.queries.DecisionView;
import org.roundtable.api.queries.FindDecisions;
import org.roundtable.api.queries.FindProposal;
import org.roundtable.api.queries.ProposalView;
import org.roundtable.api.queries.VoteView;
import org.roundtable.query.support.TestDatabase;

class DecisionsProjectionTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private DecisionsProjection projection;
    private DecisionsQueryHandler queries;
    private final PartnershipId partnership = PartnershipId.random();
    private final PartnerId city = PartnerId.random();
    private final PartnerId bakery = PartnerId.random();
    private final PartnerId tenants = PartnerId.random();
    private final List<Elector> electorate = List.of(
            new Elector(city, Sector.PUBLIC),
            new Elector(bakery, Sector.PRIVATE),
            new Elector(tenants, Sector.COMMUNITY));

    @BeforeEach
    void wire() {
        projection = new DecisionsProjection(database.jdbc());
        queries = new DecisionsQueryHandler(database.jdbc());
    }

    @Test
    void proposalWithoutVotesIsOpenWithTheWholeElectorateEligible() {
        form(partnership);
        ProposalId proposal = submit(partnership, "Swimming by 2030", at(1));

        assertThat(find(partnership, proposal))
                .isEqualTo(new ProposalView(
                        proposal,
                        city,
                        ProposalKind.OBJECTIVE,
                        "Swimming by 2030",
                        "The river is swimmable by 2030.",
                        null,
                        ProposalStatus.OPEN,
                        null,
                        Tally.empty(3),
                        List.of(),
                        at(1),
                        null,
                        null,
                        List.of(),
                        null));
    }

    @Test
    void openTallyCountsTheLatestVoteOfEachPartnerOnce() {
        form(partnership);
        ProposalId proposal = submit(partnership, "Swimming by 2030", at(1));
        projection.on(new VoteCast(partnership, proposal, bakery, Sector.PRIVATE, VoteChoice.AGREE, null), at(2));
        projection.on(
                new VoteCast(partnership, proposal, city, Sector.PUBLIC, VoteChoice.DISAGREE, "Too costly"), at(3));
        projection.on(
                new VoteChanged(
                        partnership,
                        proposal,
                        bakery,
                        Sector.PRIVATE,
                        VoteChoice.AGREE,
                        VoteChoice.BLOCK,
                        "Our supply chain"),
                at(4));

        ProposalView view = find(partnership, proposal);

        assertThat(view.status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(view.outcome()).isNull();
        assertThat(view.tally()).isEqualTo(new Tally(0, 0, 1, 1, 3, 2));
        assertThat(view.votes())
                .containsExactly(
                        new VoteView(bakery, VoteChoice.BLOCK, "Our supply chain", at(4)),
                        new VoteView(city, VoteChoice.DISAGREE, "Too costly", at(3)));
    }

    @Test
    void closedProposalShowsTheTallyItWasDecidedWith() {
        form(partnership);
        ProposalId proposal = submit(partnership, "Swimming by 2030", at(1));
        projection.on(new VoteCast(partnership, proposal, city, Sector.PUBLIC, VoteChoice.AGREE, null), at(2));
        // Deliberately unlike the running count: the event's tally is the decided one.
        Tally decided = new Tally(2, 0, 0, 0, 4, 2);
        close(proposal, Outcome.ADOPTED, decided, at(5));

        ProposalView view = find(partnership, proposal);

        assertThat(view.status()).isEqualTo(ProposalStatus.CLOSED);
        assertThat(view.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(view.tally()).isEqualTo(decided);
        assertThat(view.closedAt()).isEqualTo(at(5));
        assertThat(view.votes()).containsExactly(new VoteView(city, VoteChoice.AGREE, null, at(2)));
    }

    @Test
    void decisionsAreListedOldestClosingFirstWithoutOpenProposals() {
        form(partnership);
        ProposalId first = submit(partnership, "First submitted", at(1));
        ProposalId second = submit(partnership, "Second submitted", at(2));
        submit(partnership, "Still open", at(3));
        close(second, Outcome.REJECTED, new Tally(0, 0, 1, 0, 3, 1), at(4));
        close(first, Outcome.NO_QUORUM, Tally.empty(3), at(5));

        assertThat(queries.handle(new FindDecisions(partnership)))
                .contains(new DecisionLog(List.of(
                        new DecisionView(
                                second,
                                city,
                                ProposalKind.OBJECTIVE,
                                "Second submitted",
                                null,
                                Outcome.REJECTED,
                                new Tally(0, 0, 1, 0, 3, 1),
                                at(2),
                                at(4),
                                null),
                        new DecisionView(
                                first,
                                city,
                                ProposalKind.OBJECTIVE,
                                "First submitted",
                                null,
                                Outcome.NO_QUORUM,
                                Tally.empty(3),
                                at(1),
                                at(5),
                                null))));
    }

    @Test
    void decisionShowsTheTargetPhaseOfAPhaseChange() {
        form(partnership);
        ProposalId proposal = ProposalId.random();
        projection.on(
                new ProposalSubmitted(
                        partnership,
                        proposal,
                        tenants,
                        Sector.COMMUNITY,
                        ProposalKind.PHASE_CHANGE,
                        "Co-develop",
                        "We are ready.",
                        Phase.CO_DEVELOP,
                        electorate,
                        null,
                        List.of()),
                at(1));
        close(proposal, Outcome.ADOPTED, new Tally(3, 0, 0, 0, 3, 3), at(2));

        assertThat(queries.handle(new FindDecisions(partnership)).orElseThrow().decisions())
                .extracting(DecisionView::partnerId, DecisionView::kind, DecisionView::targetPhase)
                .containsExactly(tuple(tenants, ProposalKind.PHASE_CHANGE, Phase.CO_DEVELOP));
    }

    /**
     * A PHASE_CHANGE to SCALE cites two indicators, one measured (progress 0.8) and one not; adopted, its
     * gate is shut. The proposal shows what the voters saw and the gate; its decision, the gate.
     */
    @Test
    void aProposalShowsItsEvidenceAndItsGate() {
        form(partnership);
        ProposalId proposal = ProposalId.random();
        IndicatorId measured = IndicatorId.random();
        IndicatorId unmeasured = IndicatorId.random();
        List<Evidence> evidence =
                List.of(new Evidence(measured, new BigDecimal("50"), 0.8), new Evidence(unmeasured, null, null));
        ScalingGate gate = new ScalingGate(
                false, List.of(new IndicatorProgress(measured, 0.9), new IndicatorProgress(unmeasured, null)));
        projection.on(
                new ProposalSubmitted(
                        partnership,
                        proposal,
                        tenants,
                        Sector.COMMUNITY,
                        ProposalKind.PHASE_CHANGE,
                        "Scale up",
                        "The pilots worked.",
                        Phase.SCALE,
                        electorate,
                        null,
                        evidence),
                at(1));
        assertThat(find(partnership, proposal).evidence()).isEqualTo(evidence);
        assertThat(find(partnership, proposal).gate()).isNull();

        projection.on(
                new ProposalClosed(
                        partnership,
                        proposal,
                        tenants,
                        ProposalKind.PHASE_CHANGE,
                        Outcome.ADOPTED,
                        new Tally(3, 0, 0, 0, 3, 3),
                        gate),
                at(2));

        assertThat(find(partnership, proposal))
                .extracting(ProposalView::evidence, ProposalView::gate, ProposalView::indicator)
                .containsExactly(evidence, gate, null);
        assertThat(queries.handle(new FindDecisions(partnership)).orElseThrow().decisions())
                .extracting(DecisionView::gate)
                .containsExactly(gate);
    }

    @Test
    void anIndicatorProposalShowsWhatItDefines() {
        form(partnership);
        ProposalId proposal = ProposalId.random();
        IndicatorDefinition days =
                new IndicatorDefinition("Swimmable days", "days", new BigDecimal("10"), new BigDecimal("60.5"));
        projection.on(
                new ProposalSubmitted(
                        partnership,
                        proposal,
                        city,
                        Sector.PUBLIC,
                        ProposalKind.INDICATOR,
                        "Count swimmable days",
                        "From 10 to 60.5 a year.",
                        null,
                        electorate,
                        days,
                        List.of()),
                at(1));

        assertThat(find(partnership, proposal).indicator()).isEqualTo(days);
        assertThat(find(partnership, proposal).evidence()).isEmpty();
    }

    @Test
    void knownPartnershipWithoutDecisionsHasAnEmptyLog() {
        form(partnership);
        submit(partnership, "Still open", at(1));

        assertThat(queries.handle(new FindDecisions(partnership))).contains(new DecisionLog(List.of()));
    }

    @Test
    void unknownPartnershipHasNoLogAndNoProposals() {
        PartnershipId unknown = PartnershipId.random();

        assertThat(queries.handle(new FindDecisions(unknown))).isEmpty();
        assertThat(queries.handle(new FindProposal(unknown, ProposalId.random())))
                .isEmpty();
    }

    @Test
    void proposalIsNotFoundThroughAnotherPartnership() {
        PartnershipId other = PartnershipId.random();
        form(partnership);
        form(other);
        ProposalId proposal = submit(partnership, "Swimming by 2030", at(1));
        close(proposal, Outcome.NO_QUORUM, Tally.empty(3), at(2));

        assertThat(queries.handle(new FindProposal(other, proposal))).isEmpty();
        assertThat(queries.handle(new FindDecisions(other))).contains(new DecisionLog(List.of()));
    }

    /** A partner admitted after the submission is no elector of it: its vote is listed but not tallied. */
    @Test
    void theRunningTallyCountsTheFrozenElectorateOnly() {
        form(partnership);
        ProposalId proposal = submit(partnership, "Swimming by 2030", at(1));
        PartnerId latecomer = PartnerId.random();
        projection.on(new VoteCast(partnership, proposal, tenants, Sector.COMMUNITY, VoteChoice.AGREE, null), at(2));
        projection.on(new VoteCast(partnership, proposal, latecomer, Sector.PRIVATE, VoteChoice.BLOCK, null), at(3));

        ProposalView view = find(partnership, proposal);

        assertThat(view.tally()).isEqualTo(new Tally(1, 0, 0, 0, 3, 1));
        assertThat(view.votes()).extracting(VoteView::partnerId).containsExactly(tenants, latecomer);
    }

    @Test
    void replayAfterResetRebuildsTheSameViews() {
        ProposalId decided = ProposalId.random();
        ProposalId open = ProposalId.random();
        List<Runnable> history = history(decided, open);
        history.forEach(Runnable::run);
        List<Object> before = views(decided, open);

        projection.reset();
        assertThat(queries.handle(new FindDecisions(partnership))).isEmpty();
        history.forEach(Runnable::run);

        assertThat(views(decided, open)).isEqualTo(before);
    }

    @Test
    void proposalsSubmittedAndClosedInOneBatchAreStoredAsWhenAppliedOneByOne() {
        ProposalId first = ProposalId.random();
        ProposalId second = ProposalId.random();
        ProposalId open = ProposalId.random();
        // The second closing finds the partnership's order of closings known in the batch, so it is written
        // into its proposal's INSERT while that is held.
        List<Runnable> history = List.of(
                () -> form(partnership),
                () -> submit(partnership, first, "First", at(1)),
                () -> close(first, Outcome.ADOPTED, new Tally(1, 0, 0, 0, 3, 1), at(2)),
                () -> submit(partnership, second, "Second", at(3)),
                () -> submit(partnership, open, "Open", at(4)),
                () -> close(second, Outcome.REJECTED, new Tally(0, 0, 2, 0, 3, 2), at(5)));
        history.forEach(Runnable::run);
        List<Object> oneByOne = views(second, open);
        ProposalView firstOneByOne = find(partnership, first);
        projection.reset();

        inOneBatch(() -> {
            history.forEach(Runnable::run);
            return null;
        });

        assertThat(views(second, open)).isEqualTo(oneByOne);
        assertThat(find(partnership, first)).isEqualTo(firstOneByOne);
        assertThat(find(partnership, second).status()).isEqualTo(ProposalStatus.CLOSED);
    }

    @Test
    void redeliveredEventsAddNothing() {
        ProposalId decided = ProposalId.random();
        ProposalId open = ProposalId.random();
        List<Runnable> history = history(decided, open);
        history.forEach(Runnable::run);
        List<Object> once = views(decided, open);
        List<Integer> rows = rowCounts();

        history.forEach(event -> {
            event.run();
            event.run();
        });
        // The whole batch again, as after a rolled-back transaction.
        history.forEach(Runnable::run);

        assertThat(views(decided, open)).isEqualTo(once);
        assertThat(rowCounts()).isEqualTo(rows);
    }

    private List<Runnable> history(ProposalId decided, ProposalId open) {
        List<Runnable> history = new ArrayList<>();
        history.add(() -> form(partnership));
        history.add(() -> submit(partnership, decided, "Decided", at(1)));
        history.add(() -> submit(partnership, open, "Open", at(2)));
        history.add(() ->
                projection.on(new VoteCast(partnership, decided, city, Sector.PUBLIC, VoteChoice.AGREE, null), at(3)));
        history.add(() -> projection.on(
                new VoteCast(partnership, open, tenants, Sector.COMMUNITY, VoteChoice.ABSTAIN, null), at(4)));
        history.add(() ->
                projection.on(new VoteCast(partnership, open, bakery, Sector.PRIVATE, VoteChoice.AGREE, null), at(5)));
        history.add(() -> projection.on(
                new VoteChanged(
                        partnership, open, tenants, Sector.COMMUNITY, VoteChoice.ABSTAIN, VoteChoice.DISAGREE, "Rents"),
                at(6)));
        history.add(() -> projection.on(
                new VoteChanged(
                        partnership,
                        open,
                        tenants,
                        Sector.COMMUNITY,
                        VoteChoice.DISAGREE,
                        VoteChoice.AGREE,
                        "Convinced"),
                at(7)));
        history.add(() -> close(decided, Outcome.ADOPTED, new Tally(1, 0, 0, 0, 3, 1), at(8)));
        return history;
    }

    private List<Object> views(ProposalId decided, ProposalId open) {
        return List.of(
                find(partnership, decided),
                find(partnership, open),
                queries.handle(new FindDecisions(partnership)).orElseThrow());
    }

    private List<Integer> rowCounts() {
        return List.of(
                database.count("decision_partnership"),
                database.count("decision_proposal"),
                database.count("decision_electorate"),
                database.count("decision_vote"));
    }

    private void form(PartnershipId id) {
        projection.on(new PartnershipFormed(
                id,
                "Clean river",
                "Make the river swimmable",
                new DecisionRule(DecisionMethod.MAJORITY, new BigDecimal("0.5"), false),
                Phase.MOBILIZE));
    }

    private ProposalId submit(PartnershipId id, String title, Instant at) {
        ProposalId proposal = ProposalId.random();
        submit(id, proposal, title, at);
        return proposal;
    }

    private void submit(PartnershipId id, ProposalId proposal, String title, Instant at) {
        projection.on(
                new ProposalSubmitted(
                        id,
                        proposal,
                        city,
                        Sector.PUBLIC,
                        ProposalKind.OBJECTIVE,
                        title,
                        "The river is swimmable by 2030.",
                        null,
                        electorate,
                        null,
                        List.of()),
                at);
    }

    private void close(ProposalId proposal, Outcome outcome, Tally tally, Instant at) {
        projection.on(
                new ProposalClosed(partnership, proposal, city, ProposalKind.OBJECTIVE, outcome, tally, null), at);
    }

    private ProposalView find(PartnershipId id, ProposalId proposal) {
        return queries.handle(new FindProposal(id, proposal)).orElseThrow();
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }
}
