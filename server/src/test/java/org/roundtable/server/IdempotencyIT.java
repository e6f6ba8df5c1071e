package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes sent with an Idempotency-Key: a repeat within the retention answers the first answer and
 * records nothing; the key of one request cannot stand for another; refusals are not remembered. And
 * no write is recorded when its answer would be refused, so that nothing invites a client to repeat it.
 */
@RoundtableIntegrationTest
class IdempotencyIT {

    private static final String KEY = "Idempotency-Key";

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Autowired
    JdbcTemplate jdbc;

    /** Fault test 2: 10 concurrent and 10 sequential sends of one key. */
    @Test
    void oneKeySentTwentyTimesRecordsOneEventAndAnswersAlikeEveryTime() throws Exception {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City Hall", "PUBLIC");
        int before = table.events(partnership).size();
        Api keyed = api.withIdempotencyKey(UUID.randomUUID().toString());
        String proposals = Roundtable.partnership(partnership) + "/proposals";
        String body = """
                {"partnerId": "%s", "kind": "OBJECTIVE", "title": "Clean the river banks", "text": "Twice a year"}""".formatted(city);

        List<Api.Response> answers = new ArrayList<>(concurrently(10, () -> keyed.post(proposals, body)));
        for (int send = 0; send < 10; send++) {
            answers.add(keyed.post(proposals, body));
        }

        List<JsonNode> stored = table.events(partnership)
                .subList(before, table.events(partnership).size());
        Api.Response first = answers.get(0);
        String proposal = first.createdId();
        assertThat(stored).as("events stored by 20 sends of one key").hasSize(1);
        assertThat(stored.get(0).path("type").asText()).isEqualTo("ProposalSubmitted");
        assertThat(stored.get(0).path("payload").path("proposalId").asText()).isEqualTo(proposal);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(201);
            assertThat(answer.body()).isEqualTo(first.body());
            assertThat(answer.location()).isEqualTo(first.location());
            assertThat(answer.sequence()).isEqualTo(first.sequence());
            assertThat(answer.contentType()).startsWith("application/json");
        });
        System.out.printf(
                "Idempotency fault test: requests=%d acknowledged=%d stored=%d duplicated=%d 5xx=%d%n",
                answers.size(),
                answers.stream().filter(answer -> answer.status() / 100 == 2).count(),
                stored.size(),
                stored.size() - 1,
                answers.stream().filter(answer -> answer.status() >= 500).count());
    }

    @Test
    void aRepeatedVoteAnswersItsFirstSequenceEvenAfterLaterWrites() {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City Hall", "PUBLIC");
        String proposal = table.submit(partnership, city, "OBJECTIVE", "Clean the river banks", null);
        Api keyed = api.withIdempotencyKey("vote-" + proposal);
        String votes = Roundtable.proposal(partnership, proposal) + "/votes";
        String body = """
                {"partnerId": "%s", "choice": "AGREE"}""".formatted(city);

        Api.Response first = keyed.post(votes, body);
        long changed = table.voteAccepted(partnership, proposal, city, "DISAGREE");
        Api.Response repeat = keyed.post(votes, body);

        assertThat(first.status()).isEqualTo(204);
        assertThat(changed).isEqualTo(first.sequence() + 1);
        assertThat(repeat.status()).isEqualTo(204);
        assertThat(repeat.sequence()).isEqualTo(first.sequence());
        List<JsonNode> events = table.events(partnership);
        assertThat(events)
                .as("the repeat did not vote AGREE again over the later DISAGREE")
                .hasSize((int) changed);
        assertThat(events.get(events.size() - 1).path("payload").path("choice").asText())
                .isEqualTo("DISAGREE");
    }

    @Test
    void aRepeatedClosureAnswersTheSameOutcomeAndBody() {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City Hall", "PUBLIC");
        String proposal = table.submit(partnership, city, "OBJECTIVE", "Clean the river banks", null);
        table.voteAccepted(partnership, proposal, city, "AGREE");
        Api keyed = api.withIdempotencyKey("close-" + proposal);

        Api.Response first = keyed.post(Roundtable.proposal(partnership, proposal) + "/closure", "{}");
        Api.Response repeat = keyed.post(Roundtable.proposal(partnership, proposal) + "/closure", "{}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(repeat.status())
                .as("a second closure without the key would be 409")
                .isEqualTo(200);
        assertThat(repeat.body()).isEqualTo(first.body());
    }

    @Test
    void theKeyOfOneRequestCannotStandForAnother() {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City Hall", "PUBLIC");
        Api keyed = api.withIdempotencyKey(UUID.randomUUID().toString());
        String lessons = Roundtable.partnership(partnership) + "/lessons";
        keyed.post(lessons, lesson(city, "Meet in the evening")).createdId();

        Roundtable.Recorded otherBody =
                table.recordedBy(partnership, () -> keyed.post(lessons, lesson(city, "Meet in the morning")));
        assertThat(otherBody
                        .nothingStored()
                        .problem(422, "IDEMPOTENCY_KEY_REUSED", KEY)
                        .path("detail")
                        .asText())
                .endsWith("within the last 24h");
        Roundtable.Recorded otherPath = table.recordedBy(
                partnership, () -> keyed.post(Roundtable.partnership(partnership) + "/proposals", """
                        {"partnerId": "%s", "kind": "OBJECTIVE", "title": "Meet in the evening", "text": "t"}""".formatted(city)));
        otherPath.nothingStored().problem(422, "IDEMPOTENCY_KEY_REUSED", KEY);
    }

    @Test
    void keysBelongToTheirUser() {
        String key = UUID.randomUUID().toString();
        String body = """
                {"name": "Shared key %s", "purpose": "Two users, one key", "decisionRule": {"method": "CONSENT"}}""".formatted(key);

        String byTester = api.withIdempotencyKey(key).create("/api/partnerships", body);
        String byCora = api.as("cora").withIdempotencyKey(key).create("/api/partnerships", body);

        assertThat(byCora).isNotEqualTo(byTester);
    }

    @Test
    void aRefusalIsNotRememberedSoTheSameRequestCanSucceedLater() {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City Hall", "PUBLIC");
        Api keyed = api.withIdempotencyKey(UUID.randomUUID().toString());
        String signatures = Roundtable.partnership(partnership) + "/contract/signatures";
        String signature = """
                {"partnerId": "%s", "version": 1, "signatory": "The mayor"}""".formatted(city);

        keyed.post(signatures, signature).problem(409, "NO_CONTRACT_DRAFTED");
        table.draft(partnership, "We clean the river together");

        Roundtable.Recorded signed = table.recordedBy(partnership, () -> keyed.post(signatures, signature));
        assertThat(signed.response().status()).isEqualTo(204);
        // The only partner's signature also puts the contract in force.
        assertThat(signed.events())
                .extracting(event -> event.path("type").asText())
                .containsExactly("ContractSigned", "ContractCameIntoForce");
    }

    @Test
    void anExpiredKeyIsCarriedOutAgain() {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City Hall", "PUBLIC");
        String key = UUID.randomUUID().toString();
        Api keyed = api.withIdempotencyKey(key);
        String lessons = Roundtable.partnership(partnership) + "/lessons";
        String first = keyed.create(lessons, lesson(city, "Meet in the evening"));

        assertThat(keyed.create(lessons, lesson(city, "Meet in the evening"))).isEqualTo(first);
        int aged = jdbc.update(
                "UPDATE idempotency_key SET created_at = created_at - interval '24 hours 1 second'" + " WHERE key = ?",
                key);
        assertThat(aged).isEqualTo(1);

        assertThat(keyed.create(lessons, lesson(city, "Meet in the evening"))).isNotEqualTo(first);
    }

    @Test
    void aMalformedKeyIsRefusedAndNothingIsStored() {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City Hall", "PUBLIC");
        String lessons = Roundtable.partnership(partnership) + "/lessons";

        for (String malformed : List.of("two words", "k".repeat(256), "tab\there")) {
            table.recordedBy(
                            partnership, () -> api.withIdempotencyKey(malformed).post(lessons, lesson(city, "t")))
                    .nothingStored()
                    .problem(400, "INVALID_VALUE", KEY);
        }
        assertThat(api.withIdempotencyKey("k".repeat(255))
                        .post(lessons, lesson(city, "t"))
                        .status())
                .isEqualTo(201);
    }

    /**
     * Concurrent keyed writes to one partnership race for its next sequence (the aggregate's lock is let go
     * before their transactions commit); every race lost is tried again, so each is recorded once.
     */
    @Test
    void concurrentKeyedWritesToOnePartnershipAreEachRecordedOnce() throws Exception {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City Hall", "PUBLIC");
        String lessons = Roundtable.partnership(partnership) + "/lessons";
        int before = table.events(partnership).size();

        List<Api.Response> answers = concurrently(
                20,
                () -> api.withIdempotencyKey(UUID.randomUUID().toString())
                        .post(lessons, lesson(city, "Lesson " + UUID.randomUUID())));

        Map<Integer, Long> statuses =
                answers.stream().collect(Collectors.groupingBy(Api.Response::status, Collectors.counting()));
        assertThat(statuses).as("statuses of 20 concurrent keyed writes").isEqualTo(Map.of(201, 20L));
        List<JsonNode> stored = table.events(partnership);
        assertThat(stored).hasSize(before + 20);
        assertThat(stored.subList(before, stored.size()).stream()
                        .map(event -> event.path("payload").path("lessonId").asText()))
                .containsExactlyInAnyOrderElementsOf(
                        answers.stream().map(Api.Response::createdId).toList());
    }

    /** Else the act would be recorded, then answered 406, and perhaps sent again by the client. */
    @Test
    void aWriteWhoseAnswerTheClientRefusesIsNotCarriedOut() {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City Hall", "PUBLIC");
        String lessons = Roundtable.partnership(partnership) + "/lessons";

        Roundtable.Recorded refused = table.recordedBy(
                partnership,
                () -> api.withHeader("Accept", "text/html").post(lessons, lesson(city, "Meet in the evening")));
        assertThat(refused.nothingStored().status()).isEqualTo(406);
        assertThat(api.withHeader("Accept", "text/html, application/*;q=0.5")
                        .create(lessons, lesson(city, "Meet in the evening")))
                .isNotBlank();
    }

    private static String lesson(String partner, String title) {
        return """
                {"partnerId": "%s", "title": "%s", "text": "Learnt the hard way"}""".formatted(partner, title);
    }

    /** Runs {@code request} from {@code clients} threads released at once, and answers every answer. */
    private static List<Api.Response> concurrently(int clients, Callable<Api.Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
