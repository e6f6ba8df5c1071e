package org.roundtable.command;

import static org.roundtable.command.Given.CITY;
import static org.roundtable.command.Given.PARTNERSHIP;
import static org.roundtable.command.Given.TESTER;
import static org.roundtable.command.Given.UNKNOWN_PARTNER;
import static org.roundtable.command.RuleViolationMatcher.violation;

import java.util.Arrays;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Sector;
import org.roundtable.api.commands.AdmitPartner;
import org.roundtable.api.commands.AppointAuditor;
import org.roundtable.api.commands.AppointCoordinator;
import org.roundtable.api.commands.ChangePartnerRepresentatives;
import org.roundtable.api.commands.RemoveAuditor;
import org.roundtable.api.commands.RemoveCoordinator;
import org.roundtable.api.events.AuditorAppointed;
import org.roundtable.api.events.AuditorRemoved;
import org.roundtable.api.events.CoordinatorAppointed;
import org.roundtable.api.events.CoordinatorRemoved;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerRepresentativesChanged;
import org.roundtable.api.events.PartnerWithdrawn;

/** Coordinators appoint and remove coordinators, auditors and representatives; each appointment is an event. */
class AppointmentsTest {

    private final AggregateTestFixture<Partnership> fixture = Given.fixture();

    @Test
    void aCoordinatorAppointsAnother() {
        fixture.given(Given.threePartners())
                .when(new AppointCoordinator(PARTNERSHIP, " dora "))
                .expectEvents(new CoordinatorAppointed(PARTNERSHIP, "dora"));
    }

    @Test
    void appointingACoordinatorAgainRecordsNothing() {
        fixture.given(Given.threePartners())
                .when(new AppointCoordinator(PARTNERSHIP, TESTER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aCoordinatorIsRemoved() {
        fixture.given(Given.concat(Given.threePartners(), List.of(new CoordinatorAppointed(PARTNERSHIP, "dora"))))
                .when(new RemoveCoordinator(PARTNERSHIP, TESTER))
                .expectEvents(new CoordinatorRemoved(PARTNERSHIP, TESTER));
    }

    @Test
    void theLastCoordinatorCannotBeRemoved() {
        fixture.given(Given.threePartners())
                .when(new RemoveCoordinator(PARTNERSHIP, TESTER))
                .expectException(violation(ErrorCode.LAST_COORDINATOR, "user"))
                .expectNoEvents();
    }

    @Test
    void removingAUserWhoIsNoCoordinatorIsNotFound() {
        fixture.given(Given.threePartners())
                .when(new RemoveCoordinator(PARTNERSHIP, "dora"))
                .expectException(violation(ErrorCode.COORDINATOR_NOT_FOUND, "user"));
    }

    @Test
    void aUserToAppointIsRequired() {
        fixture.given(Given.threePartners())
                .when(new AppointCoordinator(PARTNERSHIP, "  "))
                .expectException(violation(ErrorCode.INVALID_VALUE, "user"));
    }

    @Test
    void anAuditorIsAppointedOnceAndRemoved() {
        fixture.given(Given.threePartners())
                .when(new AppointAuditor(PARTNERSHIP, "audrey"))
                .expectEvents(new AuditorAppointed(PARTNERSHIP, "audrey"));
        fixture.given(Given.concat(Given.threePartners(), List.of(new AuditorAppointed(PARTNERSHIP, "audrey"))))
                .when(new AppointAuditor(PARTNERSHIP, "audrey"))
                .expectNoEvents();
        fixture.given(Given.concat(Given.threePartners(), List.of(new AuditorAppointed(PARTNERSHIP, "audrey"))))
                .when(new RemoveAuditor(PARTNERSHIP, "audrey"))
                .expectEvents(new AuditorRemoved(PARTNERSHIP, "audrey"));
    }

    @Test
    void removingAUserWhoIsNoAuditorIsNotFound() {
        fixture.given(Given.threePartners())
                .when(new RemoveAuditor(PARTNERSHIP, "audrey"))
                .expectException(violation(ErrorCode.AUDITOR_NOT_FOUND, "user"));
    }

    @Test
    void aPartnersRepresentativesAreReplacedWhole() {
        fixture.given(Given.threePartners())
                .when(new ChangePartnerRepresentatives(PARTNERSHIP, CITY, List.of("carl", "dora", "carl")))
                .expectEvents(new PartnerRepresentativesChanged(PARTNERSHIP, CITY, List.of("carl", "dora")));
    }

    @Test
    void theSameRepresentativesAgainRecordNothing() {
        fixture.given(Given.threePartners())
                .when(new ChangePartnerRepresentatives(PARTNERSHIP, CITY, List.of(TESTER)))
                .expectNoEvents();
    }

    @Test
    void aPartnerMayBeLeftWithoutRepresentatives() {
        fixture.given(Given.threePartners())
                .when(new ChangePartnerRepresentatives(PARTNERSHIP, CITY, List.of()))
                .expectEvents(new PartnerRepresentativesChanged(PARTNERSHIP, CITY, List.of()));
    }

    @Test
    void aWithdrawnPartnersRepresentativesCanStillBeRemoved() {
        fixture.given(Given.concat(
                        Given.threePartners(), List.of(new PartnerWithdrawn(PARTNERSHIP, CITY, Sector.PUBLIC, "Left"))))
                .when(new ChangePartnerRepresentatives(PARTNERSHIP, CITY, List.of()))
                .expectEvents(new PartnerRepresentativesChanged(PARTNERSHIP, CITY, List.of()));
    }

    @Test
    void representativesOfAnUnknownPartnerAreNotFound() {
        fixture.given(Given.threePartners())
                .when(new ChangePartnerRepresentatives(PARTNERSHIP, UNKNOWN_PARTNER, List.of("carl")))
                .expectException(violation(ErrorCode.PARTNER_NOT_FOUND, "partnerId"));
    }

    @Test
    void everyRepresentativeMustBeNamed() {
        fixture.given(Given.threePartners())
                .when(new ChangePartnerRepresentatives(PARTNERSHIP, CITY, Arrays.asList("carl", " ")))
                .expectException(violation(ErrorCode.INVALID_VALUE, "users[1]"));
        fixture.given(Given.threePartners())
                .when(new ChangePartnerRepresentatives(PARTNERSHIP, CITY, null))
                .expectException(violation(ErrorCode.INVALID_VALUE, "users"));
    }

    @Test
    void aPartnerIsAdmittedWithItsRepresentatives() {
        PartnerId residents = PartnerId.random();
        fixture.given(Given.threePartners())
                .when(new AdmitPartner(PARTNERSHIP, residents, "Residents", Sector.COMMUNITY, List.of("rita", "rick")))
                .expectEvents(
                        new PartnerAdmitted(PARTNERSHIP, residents, "Residents", Sector.COMMUNITY),
                        new PartnerRepresentativesChanged(PARTNERSHIP, residents, List.of("rita", "rick")));
    }

    @Test
    void anInvalidRepresentativeRefusesTheAdmissionWhole() {
        fixture.given(Given.threePartners())
                .when(new AdmitPartner(
                        PARTNERSHIP,
                        PartnerId.random(),
                        "Residents",
                        Sector.COMMUNITY,
                        List.of("x".repeat(Require.NAME_LENGTH + 1))))
                .expectException(violation(ErrorCode.INVALID_VALUE, "representatives[0]"))
                .expectNoEvents();
    }
}
