package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Appointments through the API take effect at once: the partnership decides every write on its own
 * appointments, and a read given a write's sequence waits for the access view as well.
 */
@RoundtableIntegrationTest
class AppointmentsIT {

    @Autowired
    Api api;

    @Test
    void whoeverFormsAPartnershipReadsItAtTheSequenceTheWriteAnswered() {
        Api carl = api.as("carl");
        for (int round = 0; round < 10; round++) {
            Api.Response formed = carl.post("/api/partnerships", """
                    {"name": "Quick read %d", "purpose": "Read at once", "decisionRule": {"method": "CONSENT"}}""".formatted(round));
            Api.Response read =
                    carl.get(formed.location().replaceAll(".*(/api/)", "$1") + "?minSequence=" + formed.sequence());
            assertThat(read.status()).as("round %d: %s", round, read.body()).isEqualTo(200);
        }
    }

    @Test
    void aRepresentativeRemovedAMomentAgoNeitherVotesNorReads() {
        Roundtable cora = new Roundtable(api.as("cora"));
        String partnership = cora.formPartnership("CONSENT");
        String city = api.as("cora").create(Roundtable.partnership(partnership) + "/partners", """
                {"name": "City Hall", "sector": "PUBLIC", "representatives": ["carl"]}""");
        String proposal = new Roundtable(api.as("carl")).submit(partnership, city, "OTHER", "Meet monthly", null);

        Api.Response replaced =
                api.as("cora").put(Roundtable.partnership(partnership) + "/partners/" + city + "/representatives", """
                {"users": ["anna"]}""");

        assertThat(replaced.status()).isEqualTo(204);
        new Roundtable(api.as("carl"))
                .vote(partnership, proposal, city, "AGREE")
                .problem(404, "PARTNERSHIP_NOT_FOUND");
        api.as("carl")
                .get(Roundtable.partnership(partnership) + "?minSequence=" + replaced.sequence())
                .problem(404, "PARTNERSHIP_NOT_FOUND");
        assertThat(new Roundtable(api.as("anna")).voteAccepted(partnership, proposal, city, "AGREE"))
                .isGreaterThan(replaced.sequence());
    }

    @Test
    void aPartnershipKeepsACoordinator() {
        String partnership = Roundtable.partnership(new Roundtable(api.as("cora")).formPartnership("CONSENT"));
        Api cora = api.as("cora");

        cora.delete(partnership + "/coordinators", """
                {"user": "cora"}""").problem(409, "LAST_COORDINATOR", "user");
        assertThat(cora.post(partnership + "/coordinators", """
                {"user": "dora"}""").status()).isEqualTo(204);
        assertThat(cora.delete(partnership + "/coordinators", """
                {"user": "cora"}""").status()).isEqualTo(204);
        cora.put(partnership + "/contract", """
                {"terms": "No longer hers to draft"}""").problem(404, "PARTNERSHIP_NOT_FOUND");
        cora.delete(partnership + "/auditors", """
                {"user": "audrey"}""").problem(404, "PARTNERSHIP_NOT_FOUND");
    }

    @Test
    void appointmentsNameTheirUserAndNothingElse() {
        Api cora = api.as("cora");
        String partnership = Roundtable.partnership(new Roundtable(cora).formPartnership("CONSENT"));
        String city = cora.create(partnership + "/partners", """
                {"name": "City Hall", "sector": "PUBLIC"}""");

        cora.post(partnership + "/auditors", "{}").problem(400, "INVALID_VALUE", "user");
        cora.post(partnership + "/auditors", """
                {"user": "audrey", "role": "ADMIN"}""").problem(400, "INVALID_VALUE", "role");
        cora.delete(partnership + "/auditors", """
                {"user": "audrey"}""").problem(404, "AUDITOR_NOT_FOUND", "user");
        cora.put(partnership + "/partners/" + city + "/representatives", """
                {"users": ["carl", ""]}""").problem(400, "INVALID_VALUE", "users[1]");
        cora.post(partnership + "/partners", """
                {"name": "Acme", "sector": "PRIVATE", "representatives": "carl"}""").problem(400, "INVALID_VALUE", "representatives");
    }
}
