package org.roundtable.command;

import static org.roundtable.command.Given.CITY;
import static org.roundtable.command.Given.COMPANY;
import static org.roundtable.command.Given.NGO;
import static org.roundtable.command.Given.PARTNERSHIP;
import static org.roundtable.command.Given.PROPOSAL;
import static org.roundtable.command.Given.UNKNOWN_PARTNER;
import static org.roundtable.command.RuleViolationMatcher.violation;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.LessonId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.Sector;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.commands.AdmitPartner;
import org.roundtable.api.commands.CastVote;
import org.roundtable.api.commands.LogLesson;
import org.roundtable.api.commands.SignContract;
import org.roundtable.api.commands.SubmitProposal;
import org.roundtable.api.commands.WithdrawPartner;
import org.roundtable.api.events.ContractTermsDrafted;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;

class MembershipTest {

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = Given.fixture();
    }

    @Test
    void aPartnerJoinsWithASector() {
        PartnerId university = PartnerId.random();
        fixture.given(Given.threePartners())
                .when(new AdmitPartner(PARTNERSHIP, university, "Tech University", Sector.KNOWLEDGE))
                .expectEvents(new PartnerAdmitted(PARTNERSHIP, university, "Tech University", Sector.KNOWLEDGE));
    }

    @Test
    void partnerNamesAreUniqueCaseInsensitively() {
        fixture.given(Given.threePartners())
                .when(new AdmitPartner(PARTNERSHIP, PartnerId.random(), " city HALL ", Sector.COMMUNITY))
                .expectException(violation(ErrorCode.PARTNER_NAME_TAKEN, "name"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnPartnersNameStaysTaken() {
        fixture.given(Given.concat(
                        Given.threePartners(),
                        List.of(new PartnerWithdrawn(PARTNERSHIP, NGO, Sector.NON_PROFIT, "Funding ended"))))
                .when(new AdmitPartner(PARTNERSHIP, PartnerId.random(), "River Friends", Sector.NON_PROFIT))
                .expectException(violation(ErrorCode.PARTNER_NAME_TAKEN, "name"));
    }

    @Test
    void aSectorIsRequired() {
        fixture.given(Given.threePartners())
                .when(new AdmitPartner(PARTNERSHIP, PartnerId.random(), "Residents", null))
                .expectException(violation(ErrorCode.INVALID_VALUE, "sector"));
    }

    @Test
    void aPartnerWithdrawsWithAReason() {
        fixture.given(Given.threePartners())
                .when(new WithdrawPartner(PARTNERSHIP, NGO, "Funding ended"))
                .expectEvents(new PartnerWithdrawn(PARTNERSHIP, NGO, Sector.NON_PROFIT, "Funding ended"));
    }

    @Test
    void aWithdrawnPartnerCannotWithdrawAgain() {
        fixture.given(Given.concat(
                        Given.threePartners(),
                        List.of(new PartnerWithdrawn(PARTNERSHIP, NGO, Sector.NON_PROFIT, "Funding ended"))))
                .when(new WithdrawPartner(PARTNERSHIP, NGO, "Again"))
                .expectException(violation(ErrorCode.PARTNER_NOT_ACTIVE, "partnerId"))
                .expectNoEvents();
    }

    @Test
    void withdrawingAnUnknownPartnerIsNotFound() {
        fixture.given(Given.threePartners())
                .when(new WithdrawPartner(PARTNERSHIP, UNKNOWN_PARTNER, "Gone"))
                .expectException(violation(ErrorCode.PARTNER_NOT_FOUND, "partnerId"));
    }

    @Test
    void aWithdrawalNeedsAReason() {
        fixture.given(Given.threePartners())
                .when(new WithdrawPartner(PARTNERSHIP, NGO, ""))
                .expectException(violation(ErrorCode.INVALID_VALUE, "reason"));
    }

    @Test
    void aWithdrawnPartnerCannotPropose() {
        givenNgoWithdrawn()
                .when(new SubmitProposal(
                        PARTNERSHIP, PROPOSAL, NGO, ProposalKind.OTHER, "Title", "Text", null, null, null))
                .expectException(violation(ErrorCode.PARTNER_NOT_ACTIVE, "partnerId"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnPartnerCannotVote() {
        fixture.given(
                        Given.formed(),
                        Given.admitted(CITY),
                        Given.admitted(COMPANY),
                        Given.admitted(NGO),
                        Given.submittedObjective(),
                        new PartnerWithdrawn(PARTNERSHIP, NGO, Sector.NON_PROFIT, "Funding ended"))
                .when(new CastVote(PARTNERSHIP, PROPOSAL, NGO, VoteChoice.AGREE, null))
                .expectException(violation(ErrorCode.PARTNER_NOT_ACTIVE, "partnerId"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnPartnerCannotSign() {
        fixture.given(
                        Given.formed(),
                        Given.admitted(CITY),
                        Given.admitted(NGO),
                        new ContractTermsDrafted(PARTNERSHIP, 1, "Terms"),
                        new PartnerWithdrawn(PARTNERSHIP, NGO, Sector.NON_PROFIT, "Funding ended"))
                .when(new SignContract(PARTNERSHIP, NGO, 1, "Jo"))
                .expectException(violation(ErrorCode.PARTNER_NOT_ACTIVE, "partnerId"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnPartnerCannotLogLessons() {
        givenNgoWithdrawn()
                .when(new LogLesson(PARTNERSHIP, LessonId.random(), NGO, null, "Title", "Text"))
                .expectException(violation(ErrorCode.PARTNER_NOT_ACTIVE, "partnerId"))
                .expectNoEvents();
    }

    @Test
    void nobodyActsForAnUnknownPartner() {
        fixture.given(Given.threePartners())
                .when(new SubmitProposal(
                        PARTNERSHIP, PROPOSAL, UNKNOWN_PARTNER, ProposalKind.OTHER, "Title", "Text", null, null, null))
                .expectException(violation(ErrorCode.NOT_REPRESENTATIVE, "partnerId"));
    }

    private org.axonframework.test.aggregate.TestExecutor<Partnership> givenNgoWithdrawn() {
        return fixture.given(Given.concat(
                Given.threePartners(),
                List.of(new PartnerWithdrawn(PARTNERSHIP, NGO, Sector.NON_PROFIT, "Funding ended"))));
    }
}
