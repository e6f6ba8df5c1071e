package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.Roundtable.Recorded;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.roundtable.server.support.WitnessKeys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator registers each partner's witness by its signed-note verifier key (SPEC section 11): the
 * registration is an event of the partnership's chained stream, and the partnership view lists the witnesses
 * whose cosignatures the server will check. Every refusal stores nothing.
 */
@RoundtableIntegrationTest
class WitnessesIT {

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Test
    void aCoordinatorRegistersWitnessesThatTheViewListsInOrderAndTheExportRecords() {
        String partnership = table.formPartnership("CONSENT");
        String witnesses = Roundtable.witnesses(partnership);
        String residentsKey = WitnessKeys.fresh("witness.residents.example/river");
        String millKey = WitnessKeys.fresh("witness.mill.example");

        Recorded first = table.recordedBy(
                partnership, () -> table.registerWitness(partnership, "Riverside Residents' witness", residentsKey));
        String residents = first.response().createdId();
        assertThat(first.response().location()).endsWith(witnesses + "/" + residents);
        assertThat(first.response().sequence()).isEqualTo(first.onlySequence());
        JsonNode payload = first.onlyEvent("WitnessRegistered");
        assertThat(payload.path("witnessId").asText()).isEqualTo(residents);
        assertThat(payload.path("name").asText()).isEqualTo("Riverside Residents' witness");
        assertThat(payload.path("verifierKey").asText()).isEqualTo(residentsKey);
        Api.Response second = table.registerWitness(partnership, "Paper Mill's witness", millKey);
        String mill = second.createdId();

        JsonNode listed =
                api.get(witnesses + "?minSequence=" + second.sequence()).json().path("witnesses");
        assertThat(listed).hasSize(2);
        assertThat(listed.findValuesAsText("witnessId")).containsExactly(residents, mill);
        assertThat(listed.findValuesAsText("name"))
                .containsExactly("Riverside Residents' witness", "Paper Mill's witness");
        assertThat(listed.findValuesAsText("verifierKey")).containsExactly(residentsKey, millKey);
        assertThat(listed.get(0).path("registeredAt").asText()).isNotBlank();
        assertThat(api.get(witnesses + "/" + mill).json()).isEqualTo(listed.get(1));
        // The registrations are links of the chain like every other event.
        JsonNode audit = api.get(Roundtable.partnership(partnership) + "/audit").json();
        assertThat(audit.path("valid").asBoolean()).isTrue();
        assertThat(audit.path("eventsChecked").asLong()).isEqualTo(second.sequence());
    }

    @Test
    void aPartnershipWithoutWitnessesListsNone() {
        String partnership = table.formPartnership("CONSENT");

        assertThat(api.get(Roundtable.witnesses(partnership) + "?minSequence=2")
                        .json()
                        .path("witnesses"))
                .isEmpty();
    }

    @Test
    void aKeyThatIsNoSignedNoteVerifierKeyIsRefusedNamingTheRule() {
        String partnership = table.formPartnership("CONSENT");
        String key = WitnessKeys.fresh("witness.residents.example");
        String wrongKeyId = key.replaceFirst("\\+[0-9a-f]{8}\\+", "+00000000+");

        for (String notAKey : List.of(wrongKeyId, "witness.residents.example", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5")) {
            JsonNode problem = table.recordedBy(
                            partnership, () -> table.registerWitness(partnership, "Residents' witness", notAKey))
                    .nothingStored()
                    .problem(400, "INVALID_VALUE", "verifierKey");
            assertThat(problem.path("detail").asText()).contains("signed-note Ed25519 verifier key");
        }
        table.recordedBy(partnership, () -> api.post(Roundtable.witnesses(partnership), """
                        {"name": "Residents' witness"}"""))
                .nothingStored()
                .problem(400, "INVALID_VALUE", "verifierKey");
        table.recordedBy(partnership, () -> table.registerWitness(partnership, "  ", key))
                .nothingStored()
                .problem(400, "INVALID_VALUE", "name");
    }

    @Test
    void onlyACoordinatorRegistersAWitnessAndAnOutsiderLearnsNothing() {
        String partnership = table.formPartnership("CONSENT");
        api.create(Roundtable.partnership(partnership) + "/partners", """
                {"name": "City Hall", "sector": "PUBLIC", "representatives": ["carl"]}""");
        assertThat(api.post(Roundtable.partnership(partnership) + "/auditors", """
                                {"user": "audrey"}""")
                        .status())
                .isEqualTo(204);
        String key = WitnessKeys.fresh("witness.city.example");

        for (String member : List.of("carl", "audrey")) {
            table.recordedBy(
                            partnership,
                            () -> new Roundtable(api.as(member)).registerWitness(partnership, "City's witness", key))
                    .nothingStored()
                    .problem(403, "COORDINATORS_ONLY");
        }
        table.recordedBy(
                        partnership,
                        () -> new Roundtable(api.as("olaf")).registerWitness(partnership, "City's witness", key))
                .nothingStored()
                .problem(404, "PARTNERSHIP_NOT_FOUND", "partnershipId");
    }

    @Test
    void anUnknownPartnershipOrWitnessIsNotFound() {
        String unknown = UUID.randomUUID().toString();
        table.registerWitness(unknown, "Residents' witness", WitnessKeys.fresh("witness.residents.example"))
                .problem(404, "PARTNERSHIP_NOT_FOUND", "partnershipId");
        api.get(Roundtable.witnesses(unknown)).problem(404, "PARTNERSHIP_NOT_FOUND", "partnershipId");

        String partnership = table.formPartnership("CONSENT");
        api.get(Roundtable.witnesses(partnership) + "/" + UUID.randomUUID() + "?minSequence=2")
                .problem(404, "WITNESS_NOT_FOUND", "witnessId");
    }

    /** A cosignature names its key by key name and key id: a second witness with them could not be told apart. */
    @Test
    void aKeyAlreadyRegisteredIsTaken() {
        String partnership = table.formPartnership("CONSENT");
        String key = WitnessKeys.fresh("witness.residents.example");
        String first =
                table.registerWitness(partnership, "Residents' witness", key).createdId();

        JsonNode problem = table.recordedBy(
                        partnership, () -> table.registerWitness(partnership, "The residents' other witness", key))
                .nothingStored()
                .problem(409, "WITNESS_KEY_TAKEN", "verifierKey");
        assertThat(problem.path("detail").asText()).contains(first);
    }

    /** A retry of a registration with its Idempotency-Key answers the first answer; without one it is the key taken. */
    @Test
    void aRegistrationRetriedWithItsIdempotencyKeyIsCarriedOutOnce() {
        String partnership = table.formPartnership("CONSENT");
        Roundtable keyed =
                new Roundtable(api.withIdempotencyKey(UUID.randomUUID().toString()));
        String key = WitnessKeys.fresh("witness.residents.example");

        Recorded first =
                table.recordedBy(partnership, () -> keyed.registerWitness(partnership, "Residents' witness", key));
        first.onlyEvent("WitnessRegistered");
        Recorded retried =
                table.recordedBy(partnership, () -> keyed.registerWitness(partnership, "Residents' witness", key));

        assertThat(retried.nothingStored().createdId())
                .isEqualTo(first.response().createdId());
        table.registerWitness(partnership, "Residents' witness", key).problem(409, "WITNESS_KEY_TAKEN");
    }
}
