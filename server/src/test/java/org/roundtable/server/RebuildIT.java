package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilding the views through {@code /actuator/projections}: every view is emptied and replayed from
 * the first event, and every read answers afterwards exactly what it answered before.
 */
@RoundtableIntegrationTest
class RebuildIT {

    static final String PROJECTIONS = "/actuator/projections";

    /** Generous against the second or so that a rebuild of the test history takes. */
    static final Duration REBUILD = Duration.ofSeconds(60);

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aRebuildEndsWithEveryReadAsItWasBefore() {
        List<String> reads = history();
        awaitProjections(RebuildIT::everyProcessorFollowsTheStore);
        Map<String, String> before = answers(reads);
        List<Map<String, Object>> positionsBefore = viewPositions();

        Api.Response started = rebuild("");

        assertThat(started.status()).as("rebuild answered %s", started.body()).isEqualTo(202);
        JsonNode rebuild = started.json().path("rebuild");
        assertThat(rebuild.path("state").asText()).isEqualTo("RUNNING");
        assertThat(texts(rebuild.path("processors")))
                .as("one processor feeds every view")
                .containsExactly("views");
        JsonNode rebuilt = awaitRebuilt();
        assertThat(rebuilt.path("rebuild").path("processors")).isEqualTo(rebuild.path("processors"));
        assertThat(answers(reads)).isEqualTo(before);
        assertThat(viewPositions())
                .as("the positions read-your-writes waits for")
                .isEqualTo(positionsBefore);
    }

    @Test
    void aSecondRebuildIsRefusedWhileTheFirstRuns() throws SQLException {
        try {
            try (Connection reader = dataSource.getConnection();
                    Statement statement = reader.createStatement()) {
                // Holds the views' reset (the lessons view empties lesson_entry) until this transaction ends.
                reader.setAutoCommit(false);
                statement.execute("LOCK TABLE lesson_entry IN SHARE MODE");

                Api.Response first = rebuild("/views");
                Api.Response second = rebuild("");

                assertThat(first.status())
                        .as("first rebuild answered %s", first.body())
                        .isEqualTo(202);
                assertThat(texts(first.json().path("rebuild").path("processors")))
                        .containsExactly("views");
                assertThat(second.status())
                        .as("second rebuild answered %s", second.body())
                        .isEqualTo(409);
                assertThat(second.json().path("message").asText()).contains("running already");
                assertThat(second.json().path("rebuild").path("state").asText()).isEqualTo("RUNNING");
                assertThat(second.json().path("rebuild").path("startedAt"))
                        .isEqualTo(first.json().path("rebuild").path("startedAt"));
                reader.rollback();
            }
        } finally {
            awaitRebuilt();
        }
    }

    @Test
    void anUnknownViewIsNotRebuilt() {
        Api.Response response = rebuild("/no-such-view");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("message").asText()).contains("no-such-view", "views");
        assertThat(response.json().hasNonNull("rebuild")).isFalse();
    }

    /** POSTs to the endpoint, without a body, as {@code curl -X POST} does. */
    private Api.Response rebuild(String view) {
        return api.as(Api.ADMIN).send("POST", PROJECTIONS + view, null, null);
    }

    /**
     * Three partnerships with a history that touches every table of every view, and the reads that
     * show it: each partnership, its decisions, lessons and reports, each of its proposals, a meeting,
     * pledges, and the list.
     */
    private List<String> history() {
        List<String> reads = new ArrayList<>();

        String river = table.formPartnership("CONSENSUS");
        String city = table.admit(river, "City of Riverside", "PUBLIC");
        String mill = table.admit(river, "Paper Mill Ltd", "PRIVATE");
        String residents = table.admit(river, "Riverside Residents", "COMMUNITY");
        String university = table.admit(river, "River University", "KNOWLEDGE");
        table.logLesson(river, residents, null, "Meet in the evening");
        String coDevelop = table.submit(river, city, "PHASE_CHANGE", "Co-develop the plan", "CO_DEVELOP");
        table.voteAccepted(river, coDevelop, city, "AGREE");
        table.voteAccepted(river, coDevelop, mill, "DISAGREE");
        table.voteAccepted(river, coDevelop, mill, "AGREE");
        table.voteAccepted(river, coDevelop, residents, "AGREE");
        table.voteAccepted(river, coDevelop, university, "ABSTAIN");
        assertThat(table.close(river, coDevelop).path("outcome").asText()).isEqualTo("ADOPTED");
        String discharge = table.submit(river, mill, "OBJECTIVE", "Halve the discharge by 2040", null);
        table.voteAccepted(river, discharge, mill, "AGREE");
        table.voteAccepted(river, discharge, residents, "BLOCK");
        assertThat(table.close(river, discharge).path("outcome").asText()).isEqualTo("BLOCKED");
        table.signAccepted(river, city, table.draft(river, "Each partner monitors its own discharge"));
        int terms = table.draft(river, "Each partner monitors its own discharge monthly");
        for (String partner : List.of(city, mill, residents, university)) {
            table.signAccepted(river, partner, terms);
        }
        table.logLesson(river, city, null, "Share the measurements weekly");
        table.logLesson(river, university, "MOBILIZE", "Map the stakeholders first");
        String kickOff = table.recordMeeting(river, "Kick-off", "2026-03-02T18:00:00Z");
        table.attend(river, kickOff, city, mill, residents);
        table.contribute(river, kickOff, city, 420);
        table.contribute(river, kickOff, residents, 95);
        String funding = table.pledge(river, city, "FUNDING", "25000.50", "EUR");
        table.deliver(river, funding, "10000");
        String filters = table.pledge(river, mill, "IN_KIND", "12", "filters");
        table.deliver(river, filters, "4");
        table.withdrawPledge(river, filters);
        table.pledge(river, university, "STAFF_TIME", "300", "HOURS");
        String clarity = table.api().create(Roundtable.partnership(river) + "/proposals", """
                {"partnerId": "%s", "kind": "INDICATOR", "title": "Measure the clarity", "text": "In metres",
                 "indicator": {"name": "Visible depth", "unit": "m", "baseline": 0.5, "target": 2}}""".formatted(city));
        for (String partner : List.of(city, mill, residents, university)) {
            table.voteAccepted(river, clarity, partner, "AGREE");
        }
        assertThat(table.close(river, clarity).path("outcome").asText()).isEqualTo("ADOPTED");
        for (Api.Response measured : List.of(
                table.measure(river, clarity, mill, "0.8", "2026-02-01T00:00:00Z"),
                table.measure(river, clarity, city, "1.25", "2026-03-01T00:00:00Z"),
                table.measure(river, clarity, residents, "0.9", "2026-02-15T00:00:00Z"))) {
            assertThat(measured.status()).as(measured.body()).isEqualTo(201);
        }
        table.withdrawAccepted(river, mill);
        table.admit(river, "Anglers Club", "CIVIL_SOCIETY");
        String samples = table.submit(river, residents, "INDICATOR", "Monthly water samples", null);
        table.voteAccepted(river, samples, residents, "AGREE");
        reads.addAll(partnershipReads(river, coDevelop, discharge, samples));
        reads.add(Roundtable.meeting(river, kickOff));
        reads.add(Roundtable.pledge(river, funding));
        reads.add(Roundtable.pledge(river, filters));
        reads.add(Roundtable.indicator(river, clarity));

        String school = table.formPartnership("MAJORITY");
        String council = table.admit(school, "County Council", "PUBLIC");
        String parents = table.admit(school, "Parents Association", "CIVIL_SOCIETY");
        String meals = table.submit(school, council, "TARGET", "Local food in every meal", null);
        table.voteAccepted(school, meals, council, "AGREE");
        table.voteAccepted(school, meals, parents, "DISAGREE");
        table.withdrawAccepted(school, parents);
        assertThat(table.close(school, meals).path("outcome").asText()).isEqualTo("REJECTED");
        String pilot = table.submit(school, council, "GO_NO_GO", "Start the pilot", null);
        assertThat(table.close(school, pilot).path("outcome").asText()).isEqualTo("NO_QUORUM");
        table.logLesson(school, council, null, "Ask the cooks early");
        reads.addAll(partnershipReads(school, meals, pilot));

        String quiet = table.formPartnership("CONSENT");
        reads.addAll(partnershipReads(quiet));

        reads.add("/api/partnerships?page=0&size=100");
        return reads;
    }

    private static List<String> partnershipReads(String partnership, String... proposals) {
        List<String> reads = new ArrayList<>();
        for (String view : List.of(
                "", "/decisions", "/lessons", "/participation", "/power-balance", "/commitments", "/indicators")) {
            reads.add(Roundtable.partnership(partnership) + view);
        }
        for (String proposal : proposals) {
            reads.add(Roundtable.proposal(partnership, proposal));
        }
        return reads;
    }

    /** Each read's body as the server sent it, so that the comparison is byte for byte. */
    private Map<String, String> answers(List<String> reads) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String read : reads) {
            Api.Response response = api.get(read);
            assertThat(response.status())
                    .as("GET %s answered %s", read, response.body())
                    .isEqualTo(200);
            answers.put(read, response.body());
        }
        return answers;
    }

    private List<Map<String, Object>> viewPositions() {
        return jdbc.queryForList(
                "SELECT view, partnership_id, sequence FROM view_position ORDER BY view, partnership_id");
    }

    /**
     * Polls the endpoint until the latest rebuild has finished and every view follows the store again,
     * checking on every answer that the progress figures make sense.
     */
    private JsonNode awaitRebuilt() {
        return awaitProjections(
                status -> status.path("rebuild").path("state").asText().equals("FINISHED")
                        && everyProcessorFollowsTheStore(status));
    }

    private JsonNode awaitProjections(Predicate<JsonNode> until) {
        AtomicReference<JsonNode> shown = new AtomicReference<>();
        await().atMost(REBUILD).pollInterval(Duration.ofMillis(20)).until(() -> {
            Api.Response response = api.as(Api.ADMIN).get(PROJECTIONS);
            assertThat(response.status())
                    .as("GET %s answered %s", PROJECTIONS, response.body())
                    .isEqualTo(200);
            JsonNode status = response.json();
            assertSaneProgress(status);
            shown.set(status);
            return until.test(status);
        });
        return shown.get();
    }

    private static boolean everyProcessorFollowsTheStore(JsonNode status) {
        for (JsonNode processor : status.path("processors")) {
            if (!processor.path("state").asText().equals("RUNNING")
                    || processor.path("behind").asLong(-1) != 0) {
                return false;
            }
        }
        return true;
    }

    private static void assertSaneProgress(JsonNode status) {
        long head = status.path("head").asLong(-1);
        assertThat(head).as("head of %s", status).isNotNegative();
        assertThat(status.path("processors").size())
                .as("processors of %s: one feeds every view", status)
                .isEqualTo(1);
        for (JsonNode processor : status.path("processors")) {
            assertThat(processor.path("state").asText())
                    .as("state of %s", processor)
                    .isIn("RUNNING", "REPLAYING", "STOPPED", "ERROR");
            if (processor.hasNonNull("position")) {
                long position = processor.path("position").asLong();
                assertThat(position).as("position of %s", processor).isBetween(0L, head);
                assertThat(processor.path("behind").asLong())
                        .as("behind of %s", processor)
                        .isEqualTo(head - position);
            }
            if (processor.hasNonNull("eventsPerSecond")) {
                assertThat(processor.path("state").asText())
                        .as("state of %s", processor)
                        .isEqualTo("REPLAYING");
                assertThat(processor.path("eventsPerSecond").asDouble()).isNotNegative();
            }
        }
        JsonNode rebuild = status.path("rebuild");
        if (rebuild.isObject()) {
            String state = rebuild.path("state").asText();
            assertThat(rebuild.path("seconds").asDouble())
                    .as("seconds of %s", rebuild)
                    .isNotNegative();
            assertThat(rebuild.hasNonNull("endedAt"))
                    .as("endedAt of %s", rebuild)
                    .isEqualTo(!state.equals("RUNNING"));
            assertThat(rebuild.hasNonNull("failure"))
                    .as("failure of %s", rebuild)
                    .isEqualTo(state.equals("FAILED"));
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }
}
