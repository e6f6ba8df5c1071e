package org.roundtable.command;

import static org.roundtable.command.Given.CITY;
import static org.roundtable.command.Given.COMPANY;
import static org.roundtable.command.Given.NGO;
import static org.roundtable.command.Given.PARTNERSHIP;
import static org.roundtable.command.Given.PROPOSAL;
import static org.roundtable.command.RuleViolationMatcher.violation;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.Sector;
import org.roundtable.api.Tally;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.commands.CastVote;
import org.roundtable.api.commands.CloseProposal;
import org.roundtable.api.commands.ProposalClosure;
import org.roundtable.api.commands.SubmitProposal;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.ProposalClosed;
import org.roundtable.api.events.VoteCast;
import org.roundtable.api.events.VoteChanged;

class ProposalsAndVotesTest {

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = Given.fixture();
    }

    @ParameterizedTest
    @EnumSource(value = ProposalKind.class, names = "PHASE_CHANGE", mode = EnumSource.Mode.EXCLUDE)
    void anActivePartnerSubmitsAProposalOfAnyKindToThePartnersActiveNow(ProposalKind kind) {
        fixture.given(Given.threePartners())
                .when(new SubmitProposal(
                        PARTNERSHIP,
                        PROPOSAL,
                        CITY,
                        kind,
                        "Swim again",
                        "Make the river swimmable by 2030",
                        null,
                        null,
                        null))
                .expectEvents(Given.submitted(kind, null, Given.electorateOfThree()));
    }

    @Test
    void theElectorateIsFrozenAtSubmission() {
        fixture.given(
                        Given.formed(),
                        Given.admitted(CITY),
                        Given.admitted(COMPANY),
                        new PartnerWithdrawn(PARTNERSHIP, COMPANY, Sector.PRIVATE, "Left"),
                        Given.admitted(NGO))
                .when(new SubmitProposal(
                        PARTNERSHIP,
                        PROPOSAL,
                        CITY,
                        ProposalKind.OBJECTIVE,
                        "Swim again",
                        "Make the river swimmable by 2030",
                        null,
                        null,
                        null))
                .expectEvents(Given.submitted(
                        ProposalKind.OBJECTIVE, null, List.of(Given.elector(CITY), Given.elector(NGO))));
    }

    @Test
    void aPartnerWhoJoinedAfterSubmissionDoesNotVote() {
        PartnerId latecomer = PartnerId.random();
        fixture.given(Given.concat(
                        Given.threePartners(),
                        List.of(
                                Given.submittedObjective(),
                                new PartnerAdmitted(PARTNERSHIP, latecomer, "Residents", Sector.COMMUNITY))))
                .when(new CastVote(PARTNERSHIP, PROPOSAL, latecomer, VoteChoice.AGREE, null))
                .expectException(violation(ErrorCode.NOT_IN_ELECTORATE, "partnerId"))
                .expectNoEvents();
    }

    @Test
    void aPartnerWhoWithdrawsKeepsItsCastVote() {
        fixture.given(Given.concat(
                        Given.threePartners(),
                        List.of(
                                Given.submittedObjective(),
                                Given.voted(CITY, VoteChoice.AGREE),
                                Given.voted(NGO, VoteChoice.AGREE),
                                new PartnerWithdrawn(PARTNERSHIP, NGO, Sector.NON_PROFIT, "Left"))))
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectResultMessagePayload(new ProposalClosure(Outcome.ADOPTED, new Tally(2, 0, 0, 0, 3, 2), null));
    }

    @Test
    void aFirstVoteIsCastWithItsRationale() {
        fixture.given(Given.concat(Given.threePartners(), List.of(Given.submittedObjective())))
                .when(new CastVote(PARTNERSHIP, PROPOSAL, COMPANY, VoteChoice.DISAGREE, "Too costly"))
                .expectEvents(new VoteCast(
                        PARTNERSHIP, PROPOSAL, COMPANY, Sector.PRIVATE, VoteChoice.DISAGREE, "Too costly"));
    }

    @Test
    void aChangedVoteStaysOnTheRecordWithTheEarlierChoice() {
        fixture.given(Given.concat(
                        Given.threePartners(),
                        List.of(Given.submittedObjective(), Given.voted(COMPANY, VoteChoice.DISAGREE))))
                .when(new CastVote(PARTNERSHIP, PROPOSAL, COMPANY, VoteChoice.AGREE, "Convinced by the study"))
                .expectEvents(new VoteChanged(
                        PARTNERSHIP,
                        PROPOSAL,
                        COMPANY,
                        Sector.PRIVATE,
                        VoteChoice.DISAGREE,
                        VoteChoice.AGREE,
                        "Convinced by the study"));
    }

    @Test
    void recastingTheSameVoteRecordsNothing() {
        fixture.given(Given.concat(
                        Given.threePartners(),
                        List.of(Given.submittedObjective(), Given.voted(COMPANY, VoteChoice.DISAGREE))))
                .when(new CastVote(PARTNERSHIP, PROPOSAL, COMPANY, VoteChoice.DISAGREE, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void onlyTheLatestVoteOfEachPartnerCounts() {
        fixture.given(Given.concat(
                        Given.threePartners(),
                        List.of(
                                Given.submittedObjective(),
                                Given.voted(CITY, VoteChoice.AGREE),
                                Given.voted(COMPANY, VoteChoice.BLOCK),
                                new VoteChanged(
                                        PARTNERSHIP,
                                        PROPOSAL,
                                        COMPANY,
                                        Sector.PRIVATE,
                                        VoteChoice.BLOCK,
                                        VoteChoice.ABSTAIN,
                                        null))))
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectEvents(new ProposalClosed(
                        PARTNERSHIP,
                        PROPOSAL,
                        CITY,
                        ProposalKind.OBJECTIVE,
                        Outcome.ADOPTED,
                        new Tally(1, 1, 0, 0, 3, 2),
                        null));
    }

    @Test
    void votesAfterClosingAreRefused() {
        fixture.given(Given.concat(
                        Given.threePartners(),
                        List.of(
                                Given.submittedObjective(),
                                new ProposalClosed(
                                        PARTNERSHIP,
                                        PROPOSAL,
                                        CITY,
                                        ProposalKind.OBJECTIVE,
                                        Outcome.NO_QUORUM,
                                        Tally.empty(3),
                                        null))))
                .when(new CastVote(PARTNERSHIP, PROPOSAL, CITY, VoteChoice.AGREE, null))
                .expectException(violation(ErrorCode.PROPOSAL_CLOSED))
                .expectNoEvents();
    }

    @Test
    void aProposalClosesOnlyOnce() {
        fixture.given(Given.concat(
                        Given.threePartners(),
                        List.of(
                                Given.submittedObjective(),
                                new ProposalClosed(
                                        PARTNERSHIP,
                                        PROPOSAL,
                                        CITY,
                                        ProposalKind.OBJECTIVE,
                                        Outcome.NO_QUORUM,
                                        Tally.empty(3),
                                        null))))
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectException(violation(ErrorCode.PROPOSAL_CLOSED))
                .expectNoEvents();
    }

    @Test
    void votingOnAnUnknownProposalIsNotFound() {
        fixture.given(Given.threePartners())
                .when(new CastVote(PARTNERSHIP, ProposalId.random(), CITY, VoteChoice.AGREE, null))
                .expectException(violation(ErrorCode.PROPOSAL_NOT_FOUND, "proposalId"));
    }

    @Test
    void aVoteNeedsAChoice() {
        fixture.given(Given.concat(Given.threePartners(), List.of(Given.submittedObjective())))
                .when(new CastVote(PARTNERSHIP, PROPOSAL, CITY, null, null))
                .expectException(violation(ErrorCode.INVALID_VALUE, "choice"));
    }

    @Test
    void aProposalNeedsATitleAndAText() {
        fixture.given(Given.threePartners())
                .when(new SubmitProposal(
                        PARTNERSHIP, PROPOSAL, CITY, ProposalKind.OTHER, "Title", " ", null, null, null))
                .expectException(violation(ErrorCode.INVALID_VALUE, "text"));
    }

    @Test
    void aPhaseChangeNeedsATargetPhase() {
        fixture.given(Given.threePartners())
                .when(new SubmitProposal(
                        PARTNERSHIP, PROPOSAL, CITY, ProposalKind.PHASE_CHANGE, "Move on", "Ready", null, null, null))
                .expectException(violation(ErrorCode.INVALID_VALUE, "targetPhase"));
    }

    @Test
    void onlyAPhaseChangeCarriesATargetPhase() {
        fixture.given(Given.threePartners())
                .when(new SubmitProposal(
                        PARTNERSHIP,
                        PROPOSAL,
                        CITY,
                        ProposalKind.TARGET,
                        "Target",
                        "Text",
                        Phase.CO_DEVELOP,
                        null,
                        null))
                .expectException(violation(ErrorCode.INVALID_VALUE, "targetPhase"));
    }

    @Test
    void aPhaseChangeOneStepForwardIsSubmitted() {
        fixture.given(Given.threePartners())
                .when(new SubmitProposal(
                        PARTNERSHIP,
                        PROPOSAL,
                        CITY,
                        ProposalKind.PHASE_CHANGE,
                        "Swim again",
                        "Make the river swimmable by 2030",
                        Phase.CO_DEVELOP,
                        null,
                        null))
                .expectEvents(Given.submitted(ProposalKind.PHASE_CHANGE, Phase.CO_DEVELOP, Given.electorateOfThree()));
    }

    @ParameterizedTest
    @EnumSource(value = Phase.class, names = "CO_DEVELOP", mode = EnumSource.Mode.EXCLUDE)
    void otherPhaseTargetsAreRefusedAtSubmission(Phase target) {
        // Citing an indicator, as a move to SCALE must: the move is refused before the evidence is looked up.
        List<IndicatorId> evidence = List.of(IndicatorId.random());
        fixture.given(Given.threePartners())
                .when(new SubmitProposal(
                        PARTNERSHIP, PROPOSAL, CITY, ProposalKind.PHASE_CHANGE, "Jump", "Now", target, null, evidence))
                .expectException(violation(ErrorCode.PHASE_MOVE_NOT_ALLOWED, "targetPhase"))
                .expectNoEvents();
    }

    @Test
    void closingOneProposalLeavesTheOthersOpen() {
        ProposalId other = ProposalId.random();
        fixture.given(Given.concat(
                        Given.threePartners(),
                        List.of(
                                Given.submittedObjective(),
                                new ProposalClosed(
                                        PARTNERSHIP,
                                        other,
                                        CITY,
                                        ProposalKind.OTHER,
                                        Outcome.NO_QUORUM,
                                        Tally.empty(3),
                                        null))))
                .when(new CastVote(PARTNERSHIP, PROPOSAL, CITY, VoteChoice.AGREE, null))
                .expectEvents(Given.voted(CITY, VoteChoice.AGREE));
    }
}
