package org.roundtable.command;

import static org.roundtable.command.Given.PARTNERSHIP;
import static org.roundtable.command.Given.by;
import static org.roundtable.command.RuleViolationMatcher.violation;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.api.Actor;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.WitnessId;
import org.roundtable.api.commands.RegisterWitness;
import org.roundtable.api.events.AuditorAppointed;
import org.roundtable.api.events.WitnessRegistered;
import org.roundtable.audit.tlog.NoteSigner;

/** A coordinator registers a partner's witness key (SPEC section 11): a signed-note Ed25519 verifier key, once. */
class WitnessesTest {

    /** C2SP signed-note's example key, whose key id its name and public key give. */
    private static final String PETER = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";

    private static final WitnessId WITNESS = WitnessId.random();

    private final AggregateTestFixture<Partnership> fixture = Given.fixture();

    @Test
    void aCoordinatorRegistersAWitness() {
        fixture.given(Given.threePartners())
                .when(new RegisterWitness(PARTNERSHIP, WITNESS, " Mill's IT ", " " + PETER + " "))
                .expectEvents(new WitnessRegistered(PARTNERSHIP, WITNESS, "Mill's IT", PETER));
    }

    @Test
    void onlyACoordinatorRegistersAWitness() {
        fixture.given(Given.concat(Given.threePartners(), List.of(new AuditorAppointed(PARTNERSHIP, "audrey"))))
                .when(new RegisterWitness(PARTNERSHIP, WITNESS, "Mill's IT", PETER), by(Actor.of("audrey")))
                .expectException(violation(ErrorCode.COORDINATORS_ONLY))
                .expectNoEvents();
    }

    @Test
    void aKeyWitnessesOnce() {
        fixture.given(Given.concat(
                        Given.threePartners(),
                        List.of(new WitnessRegistered(PARTNERSHIP, WitnessId.random(), "City IT", PETER))))
                .when(new RegisterWitness(PARTNERSHIP, WITNESS, "Mill's IT", PETER))
                .expectException(violation(ErrorCode.WITNESS_KEY_TAKEN, "verifierKey"))
                .expectNoEvents();
    }

    @Test
    void anotherKeyOfTheSameNameIsAnotherWitness() {
        String other = NoteSigner.generate("PeterNeumann").verifier().toString();
        fixture.given(Given.concat(
                        Given.threePartners(),
                        List.of(new WitnessRegistered(PARTNERSHIP, WitnessId.random(), "City IT", PETER))))
                .when(new RegisterWitness(PARTNERSHIP, WITNESS, "Mill's IT", other))
                .expectEvents(new WitnessRegistered(PARTNERSHIP, WITNESS, "Mill's IT", other));
    }

    @Test
    void aWitnessKeyIsASignedNoteEd25519VerifierKey() {
        for (String notAKey : List.of(
                "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
                "PeterNeumann+c74f20a3+AhpjnZBwPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
                "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10",
                "Peter+Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
                "PeterNeumann+c74f20a3+not base64",
                "PeterNeumann",
                " ")) {
            fixture.given(Given.threePartners())
                    .when(new RegisterWitness(PARTNERSHIP, WITNESS, "Mill's IT", notAKey))
                    .expectException(violation(ErrorCode.INVALID_VALUE, "verifierKey"))
                    .expectNoEvents();
        }
    }

    @Test
    void aWitnessIsNamed() {
        fixture.given(Given.threePartners())
                .when(new RegisterWitness(PARTNERSHIP, WITNESS, "  ", PETER))
                .expectException(violation(ErrorCode.INVALID_VALUE, "name"));
    }
}
