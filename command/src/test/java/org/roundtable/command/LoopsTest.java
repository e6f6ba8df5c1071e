package org.roundtable.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.command.Given.CITY;
import static org.roundtable.command.Given.PARTNERSHIP;
import static org.roundtable.command.Given.PROPOSAL;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.api.Outcome;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.Segment;
import org.roundtable.api.commands.CloseProposal;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.api.events.ProposalClosed;

/** Loops of plan-do-check-act: a partnership starts in loop 1, and each move from SCALE back to CO_DEVELOP starts the next. */
class LoopsTest {

    private final AggregateTestFixture<Partnership> fixture = Given.fixture();

    @Test
    void movingFromScaleBackToCoDevelopStartsTheNextLoop() {
        fixture.given(Given.concat(Given.threePartnersIn(Phase.SCALE), movedTo(Phase.CO_DEVELOP)))
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectEvents(adopted(), new PhaseChanged(PARTNERSHIP, PROPOSAL, Phase.SCALE, Phase.CO_DEVELOP, 2));
    }

    @Test
    void aMoveForwardStaysInItsLoop() {
        List<Object> history = new ArrayList<>(Given.threePartnersIn(Phase.SCALE));
        history.add(new PhaseChanged(PARTNERSHIP, ProposalId.random(), Phase.SCALE, Phase.CO_DEVELOP, 2));
        history.addAll(movedTo(Phase.PILOT_TEST));
        fixture.given(history)
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectEvents(
                        adopted(), new PhaseChanged(PARTNERSHIP, PROPOSAL, Phase.CO_DEVELOP, Phase.PILOT_TEST, 2));
    }

    @Test
    void phaseChangesStoredBeforeLoopsWereRecordedCountTheLoopsTheirMovesMade() {
        // Stored before PhaseChanged had a loop: each reads as loop 0, the loop around included.
        List<Object> history = new ArrayList<>(Given.threePartners());
        Phase[] moves = {Phase.MOBILIZE, Phase.CO_DEVELOP, Phase.PILOT_TEST, Phase.SCALE, Phase.CO_DEVELOP};
        for (int i = 1; i < moves.length; i++) {
            history.add(new PhaseChanged(PARTNERSHIP, ProposalId.random(), moves[i - 1], moves[i], 0));
        }
        history.addAll(movedTo(Phase.PILOT_TEST));
        fixture.given(history)
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectEvents(
                        adopted(), new PhaseChanged(PARTNERSHIP, PROPOSAL, Phase.CO_DEVELOP, Phase.PILOT_TEST, 2));
    }

    @Test
    void aPhaseChangeStoredWithoutALoopReadsAsLoopZeroAndItsMoveTellsTheLoop() throws Exception {
        ObjectMapper axonLike =
                new ObjectMapper().findAndRegisterModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        String stored = """
                {"partnershipId":"%s","proposalId":"%s","from":"SCALE","to":"CO_DEVELOP"}""".formatted(PARTNERSHIP, PROPOSAL);

        PhaseChanged changed = axonLike.readValue(stored, PhaseChanged.class);

        assertThat(changed.loop()).isZero();
        assertThat(new Segment(3, Phase.SCALE).after(changed)).isEqualTo(new Segment(4, Phase.CO_DEVELOP));
    }

    /** A PHASE_CHANGE of the city's to {@code target}, all three partners agreeing. */
    private static List<Object> movedTo(Phase target) {
        return Given.agreedByAll(Given.submitted(ProposalKind.PHASE_CHANGE, target, Given.electorateOfThree()));
    }

    private static ProposalClosed adopted() {
        return new ProposalClosed(
                PARTNERSHIP, PROPOSAL, CITY, ProposalKind.PHASE_CHANGE, Outcome.ADOPTED, Given.ALL_AGREE, null);
    }
}
