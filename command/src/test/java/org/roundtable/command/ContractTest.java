package org.roundtable.command;

import static org.roundtable.command.Given.CITY;
import static org.roundtable.command.Given.COMPANY;
import static org.roundtable.command.Given.NGO;
import static org.roundtable.command.Given.PARTNERSHIP;
import static org.roundtable.command.RuleViolationMatcher.violation;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.LapseReason;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Sector;
import org.roundtable.api.commands.AdmitPartner;
import org.roundtable.api.commands.ContractVersion;
import org.roundtable.api.commands.DraftContractTerms;
import org.roundtable.api.commands.SignContract;
import org.roundtable.api.commands.WithdrawPartner;
import org.roundtable.api.events.ContractCameIntoForce;
import org.roundtable.api.events.ContractLapsed;
import org.roundtable.api.events.ContractSigned;
import org.roundtable.api.events.ContractTermsDrafted;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;

class ContractTest {

    private final AggregateTestFixture<Partnership> fixture = Given.fixture();

    @Test
    void theFirstDraftIsVersionOne() {
        fixture.given(Given.threePartners())
                .when(new DraftContractTerms(PARTNERSHIP, "We share data"))
                .expectEvents(new ContractTermsDrafted(PARTNERSHIP, 1, "We share data"))
                .expectResultMessagePayload(new ContractVersion(1));
    }

    @Test
    void draftingCreatesTheNextVersion() {
        fixture.given(Given.concat(Given.threePartners(), List.of(drafted(1), signed(CITY, 1))))
                .when(new DraftContractTerms(PARTNERSHIP, "We share data and costs"))
                .expectEvents(new ContractTermsDrafted(PARTNERSHIP, 2, "We share data and costs"))
                .expectResultMessagePayload(new ContractVersion(2));
    }

    @Test
    void aNewDraftVoidsEarlierSignatures() {
        fixture.given(Given.concat(Given.threePartners(), List.of(drafted(1), signed(CITY, 1), drafted(2))))
                .when(new SignContract(PARTNERSHIP, CITY, 2, "Mayor"))
                .expectEvents(signed(CITY, 2));
    }

    @Test
    void signingAVersionThatIsNotCurrentIsRefused() {
        fixture.given(Given.concat(Given.threePartners(), List.of(drafted(1), drafted(2))))
                .when(new SignContract(PARTNERSHIP, CITY, 1, "Mayor"))
                .expectException(violation(ErrorCode.CONTRACT_VERSION_NOT_CURRENT, "version"))
                .expectNoEvents();
    }

    @Test
    void signingAVersionNotYetDraftedIsRefused() {
        fixture.given(Given.concat(Given.threePartners(), List.of(drafted(1))))
                .when(new SignContract(PARTNERSHIP, CITY, 2, "Mayor"))
                .expectException(violation(ErrorCode.CONTRACT_VERSION_NOT_CURRENT, "version"));
    }

    @Test
    void signingBeforeAnyDraftIsRefused() {
        fixture.given(Given.threePartners())
                .when(new SignContract(PARTNERSHIP, CITY, 1, "Mayor"))
                .expectException(violation(ErrorCode.NO_CONTRACT_DRAFTED));
    }

    @Test
    void aPartnerSignsAVersionOnce() {
        fixture.given(Given.concat(Given.threePartners(), List.of(drafted(1), signed(CITY, 1))))
                .when(new SignContract(PARTNERSHIP, CITY, 1, "Deputy mayor"))
                .expectException(violation(ErrorCode.CONTRACT_ALREADY_SIGNED, "partnerId"))
                .expectNoEvents();
    }

    @Test
    void aVersionIsRequired() {
        fixture.given(Given.concat(Given.threePartners(), List.of(drafted(1))))
                .when(new SignContract(PARTNERSHIP, CITY, null, "Mayor"))
                .expectException(violation(ErrorCode.INVALID_VALUE, "version"));
    }

    @Test
    void aVersionBelowOneIsInvalidRatherThanStale() {
        fixture.given(Given.concat(Given.threePartners(), List.of(drafted(1))))
                .when(new SignContract(PARTNERSHIP, CITY, 0, "Mayor"))
                .expectException(violation(ErrorCode.INVALID_VALUE, "version"));
    }

    @Test
    void aSignatoryIsRequired() {
        fixture.given(Given.concat(Given.threePartners(), List.of(drafted(1))))
                .when(new SignContract(PARTNERSHIP, CITY, 1, " "))
                .expectException(violation(ErrorCode.INVALID_VALUE, "signatory"));
    }

    @Test
    void theLastActivePartnersSignatureBringsTheContractIntoForce() {
        fixture.given(Given.concat(Given.threePartners(), List.of(drafted(1), signed(CITY, 1), signed(COMPANY, 1))))
                .when(new SignContract(PARTNERSHIP, NGO, 1, "Director"))
                .expectEvents(
                        new ContractSigned(PARTNERSHIP, 1, NGO, Sector.NON_PROFIT, "Director"),
                        new ContractCameIntoForce(PARTNERSHIP, 1));
    }

    @Test
    void aContractInForceLapsesOnANewDraft() {
        fixture.given(Given.concat(Given.threePartners(), inForce()))
                .when(new DraftContractTerms(PARTNERSHIP, "Amended"))
                .expectEvents(
                        new ContractLapsed(PARTNERSHIP, 1, LapseReason.NEW_DRAFT),
                        new ContractTermsDrafted(PARTNERSHIP, 2, "Amended"));
    }

    @Test
    void aContractInForceLapsesWhenAPartnerJoins() {
        PartnerId residents = PartnerId.random();
        fixture.given(Given.concat(Given.threePartners(), inForce()))
                .when(new AdmitPartner(PARTNERSHIP, residents, "Residents", Sector.COMMUNITY))
                .expectEvents(
                        new PartnerAdmitted(PARTNERSHIP, residents, "Residents", Sector.COMMUNITY),
                        new ContractLapsed(PARTNERSHIP, 1, LapseReason.PARTNER_ADMITTED));
    }

    @Test
    void theContractComesIntoForceWhenTheOnlyPartnerMissingWithdraws() {
        fixture.given(Given.concat(Given.threePartners(), List.of(drafted(1), signed(CITY, 1), signed(COMPANY, 1))))
                .when(new WithdrawPartner(PARTNERSHIP, NGO, "Leaving"))
                .expectEvents(
                        new PartnerWithdrawn(PARTNERSHIP, NGO, Sector.NON_PROFIT, "Leaving"),
                        new ContractCameIntoForce(PARTNERSHIP, 1));
    }

    @Test
    void aWithdrawalBeforeAnyDraftChangesNoContract() {
        fixture.given(Given.threePartners())
                .when(new WithdrawPartner(PARTNERSHIP, NGO, "Leaving"))
                .expectEvents(new PartnerWithdrawn(PARTNERSHIP, NGO, Sector.NON_PROFIT, "Leaving"));
    }

    @Test
    void aSignatureOfAWithdrawnPartnerDoesNotStandInForAnActiveOne() {
        fixture.given(Given.concat(
                        Given.threePartners(),
                        List.of(
                                drafted(1),
                                signed(NGO, 1),
                                new PartnerWithdrawn(PARTNERSHIP, NGO, Sector.NON_PROFIT, "Leaving"),
                                signed(CITY, 1))))
                .when(new SignContract(PARTNERSHIP, COMPANY, 1, "CEO"))
                .expectEvents(signed(COMPANY, 1), new ContractCameIntoForce(PARTNERSHIP, 1));
    }

    private static List<Object> inForce() {
        return List.of(
                drafted(1),
                signed(CITY, 1),
                signed(COMPANY, 1),
                signed(NGO, 1),
                new ContractCameIntoForce(PARTNERSHIP, 1));
    }

    private static ContractTermsDrafted drafted(int version) {
        return new ContractTermsDrafted(PARTNERSHIP, version, "Terms v" + version);
    }

    private static ContractSigned signed(PartnerId partner, int version) {
        String signatory = partner.equals(CITY) ? "Mayor" : partner.equals(COMPANY) ? "CEO" : "Director";
        return new ContractSigned(PARTNERSHIP, version, partner, Given.sectorOf(partner), signatory);
    }
}
