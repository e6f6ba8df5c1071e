package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the event store keeps: who acted on every event, and snapshots that load back the same partnership. */
@RoundtableIntegrationTest
class EventStoreIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("partnershipCache")
    Cache partnershipCache;

    @Autowired
    Roundtable table;

    @Test
    void everyEventNamesTheAuthenticatedUserAsItsActor() {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        assertThat(table.api()
                        .put(Roundtable.partnership(partnership) + "/partners/" + city + "/representatives", """
                {"users": ["carl"]}""")
                        .status())
                .isEqualTo(204);
        new Roundtable(table.api().as("carl")).logLesson(partnership, city, null, "Sample at dawn");

        List<String> actors = jdbc.query(
                "SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'actor'"
                        + " FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                (row, index) -> row.getString(1),
                partnership);

        assertThat(actors).containsExactly(Api.TESTER, Api.TESTER, Api.TESTER, Api.TESTER, Api.TESTER, "carl");
    }

    @Test
    void aPartnershipLoadedFromItsSnapshotKeepsItsRules() {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");
        String residents = table.admit(partnership, "Riverside Residents", "COMMUNITY");
        String proposal = table.submit(partnership, city, "OBJECTIVE", "Halve the discharge", null);
        table.voteAccepted(partnership, proposal, city, "AGREE");
        table.voteAccepted(partnership, proposal, mill, "DISAGREE");
        await().until(() -> snapshots(partnership) > 0);

        partnershipCache.removeAll();
        table.voteAccepted(partnership, proposal, residents, "AGREE");
        partnershipCache.removeAll();

        JsonNode tally = table.close(partnership, proposal).path("tally");
        assertThat(List.of(
                        tally.path("agree").asInt(),
                        tally.path("disagree").asInt(),
                        tally.path("eligible").asInt(),
                        tally.path("voted").asInt()))
                .containsExactly(2, 1, 3, 3);
        table.api()
                .post(Roundtable.partnership(partnership) + "/partners", """
                {"name": "paper mill LTD", "sector": "PRIVATE"}""")
                .problem(409, "PARTNER_NAME_TAKEN", "name");
    }

    private int snapshots(String partnership) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Integer.class, partnership);
        return count == null ? 0 : count;
    }
}
