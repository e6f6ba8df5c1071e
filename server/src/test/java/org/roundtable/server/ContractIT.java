package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The partnership contract: drafted in versions, in force once every active partner signed the current one. */
@RoundtableIntegrationTest
class ContractIT {

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Test
    void theContractIsInForceOnceEveryPartnerSignedTheCurrentVersion() {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");

        assertThat(table.draft(partnership, "Each partner monitors its own discharge"))
                .isEqualTo(1);
        assertThat(table.sign(partnership, city, 1).status()).isEqualTo(204);
        assertThat(table.draft(partnership, "Each partner monitors its own discharge monthly"))
                .isEqualTo(2);

        table.sign(partnership, mill, 1).problem(409, "CONTRACT_VERSION_NOT_CURRENT");
        assertThat(table.sign(partnership, city, 2).status()).isEqualTo(204);
        table.sign(partnership, city, 2).problem(409, "CONTRACT_ALREADY_SIGNED");
        api.awaitView(
                Roundtable.partnership(partnership),
                shown -> shown.path("contract").path("version").asInt() == 2
                        && shown.path("contract").path("status").asText().equals("DRAFT"));
        assertThat(table.sign(partnership, mill, 2).status()).isEqualTo(204);

        JsonNode view = api.awaitView(
                Roundtable.partnership(partnership),
                shown -> shown.path("contract").path("status").asText().equals("IN_FORCE"));
        assertThat(view.path("contract").path("version").asInt()).isEqualTo(2);
        assertThat(texts(view.path("contract").path("signedBy"))).containsExactlyInAnyOrder(city, mill);
    }

    @Test
    void aSignatureWithoutVersionIsInvalid() {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");

        api.post(Roundtable.partnership(partnership) + "/contract/signatures", """
                {"partnerId": "%s", "signatory": "Mayor"}""".formatted(city))
                .problem(400, "INVALID_VALUE", "version");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }
}
