package org.roundtable.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The acts of a partnership session through the HTTP API, for tests that need them as a setting. Its
 * client's user forms the partnerships (so coordinates them) and represents the partners it admits.
 */
public final class Roundtable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Api api;

    public Roundtable(Api api) {
        this.api = api;
    }

    public Api api() {
        return api;
    }

    /** Forms a partnership with a unique name, deciding by {@code method} with the default quorum. */
    public String formPartnership(String method) {
        return api.create("/api/partnerships", """
                {"name": "Clean river %s", "purpose": "Stop the pollution of the river",
                 "decisionRule": {"method": "%s"}}""".formatted(UUID.randomUUID(), method));
    }

    /** Admits a partner with this client's user as its representative, so that the user can act for it. */
    public String admit(String partnershipId, String name, String sector) {
        return api.create(partnership(partnershipId) + "/partners", """
                {"name": "%s", "sector": "%s", "representatives": ["%s"]}""".formatted(name, sector, api.user()));
    }

    public String submit(String partnershipId, String partnerId, String kind, String title, String targetPhase) {
        return api.create(partnership(partnershipId) + "/proposals", """
                {"partnerId": "%s", "kind": "%s", "title": "%s", "text": "Put to the vote of every partner",
                 "targetPhase": %s}""".formatted(
                        partnerId, kind, title, stringOrNull(targetPhase)));
    }

    public Api.Response vote(String partnershipId, String proposalId, String partnerId, String choice) {
        return api.post(
                proposal(partnershipId, proposalId) + "/votes", """
                {"partnerId": "%s", "choice": "%s", "rationale": "Because of the %s"}""".formatted(partnerId, choice, choice.toLowerCase()));
    }

    /** Votes, checks the 204 and answers the stream sequence after the vote. */
    public long voteAccepted(String partnershipId, String proposalId, String partnerId, String choice) {
        return accepted(vote(partnershipId, proposalId, partnerId, choice));
    }

    /** Closes the proposal and answers {@code {outcome, tally}}. */
    public JsonNode close(String partnershipId, String proposalId) {
        Api.Response response = api.post(proposal(partnershipId, proposalId) + "/closure", "{}");
        assertThat(response.status()).as("closure answered %s", response.body()).isEqualTo(200);
        return response.json();
    }

    /** Withdraws the partner, checks the 204 and answers the stream sequence after the withdrawal. */
    public long withdrawAccepted(String partnershipId, String partnerId) {
        return accepted(api.post(partnership(partnershipId) + "/partners/" + partnerId + "/withdrawal", """
                {"reason": "No time left for the partnership"}"""));
    }

    /** Drafts the next version of the contract, checks the 200 and answers the version number. */
    public int draft(String partnershipId, String terms) {
        Api.Response response = api.put(partnership(partnershipId) + "/contract", """
                {"terms": "%s"}""".formatted(terms));
        assertThat(response.status()).as("draft answered %s", response.body()).isEqualTo(200);
        return response.json().path("version").asInt();
    }

    public Api.Response sign(String partnershipId, String partnerId, int version) {
        return api.post(partnership(partnershipId) + "/contract/signatures", """
                {"partnerId": "%s", "version": %d, "signatory": "The chair"}""".formatted(partnerId, version));
    }

    /** Signs, checks the 204 and answers the stream sequence after the signature. */
    public long signAccepted(String partnershipId, String partnerId, int version) {
        return accepted(sign(partnershipId, partnerId, version));
    }

    /** Logs a lesson for {@code phase}, or for the current phase when it is null. */
    public String logLesson(String partnershipId, String partnerId, String phase, String title) {
        return api.create(
                partnership(partnershipId) + "/lessons", """
                {"partnerId": "%s", "phase": %s, "title": "%s", "text": "Written down by the partner"}""".formatted(partnerId, stringOrNull(phase), title));
    }

    /** Records a meeting held at {@code heldAt} (an ISO-8601 instant) and answers its id. */
    public String recordMeeting(String partnershipId, String title, String heldAt) {
        return api.create(partnership(partnershipId) + "/meetings", """
                {"title": "%s", "heldAt": "%s"}""".formatted(title, heldAt));
    }

    /** Records the listed partners as attending the meeting. */
    public Api.Response attend(String partnershipId, String meetingId, String... partnerIds) {
        String listed = Arrays.stream(partnerIds).map(Roundtable::stringOrNull).collect(Collectors.joining(", "));
        return api.post(meeting(partnershipId, meetingId) + "/attendance", """
                {"partnerIds": [%s]}""".formatted(listed));
    }

    /** Records a speaking turn of {@code seconds} on the state of the river. */
    public Api.Response contribute(String partnershipId, String meetingId, String partnerId, int seconds) {
        return api.post(meeting(partnershipId, meetingId) + "/contributions", """
                {"partnerId": "%s", "seconds": %d, "topic": "The state of the river"}""".formatted(partnerId, seconds));
    }

    /** Records a measurement of {@code value} (a JSON number, written as given) observed at {@code observedAt}. */
    public Api.Response measure(
            String partnershipId, String indicatorId, String partnerId, String value, String observedAt) {
        return api.post(
                indicator(partnershipId, indicatorId) + "/measurements", """
                {"partnerId": "%s", "value": %s, "observedAt": "%s", "source": "River gauge"}""".formatted(partnerId, value, observedAt));
    }

    /** Registers a witness of the partnership by its signed-note verifier key. */
    public Api.Response registerWitness(String partnershipId, String name, String verifierKey) {
        return api.post(witnesses(partnershipId), """
                {"name": "%s", "verifierKey": "%s"}""".formatted(name, verifierKey));
    }

    /** Pledges {@code amount} (a JSON number, written as given) of {@code unit} and answers the pledge's id. */
    public String pledge(String partnershipId, String partnerId, String kind, String amount, String unit) {
        return api.create(partnership(partnershipId) + "/pledges", """
                {"partnerId": "%s", "kind": "%s", "amount": %s, "unit": "%s", "description": "For the river"}""".formatted(partnerId, kind, amount, unit));
    }

    /** Records a delivery of {@code amount} (a JSON number, written as given) against the pledge. */
    public Api.Response deliver(String partnershipId, String pledgeId, String amount) {
        return api.post(pledge(partnershipId, pledgeId) + "/deliveries", """
                {"amount": %s, "note": "Paid by bank transfer"}""".formatted(amount));
    }

    /** Withdraws what remains of the pledge. */
    public Api.Response withdrawPledge(String partnershipId, String pledgeId) {
        return api.post(pledge(partnershipId, pledgeId) + "/withdrawal", """
                {"reason": "The budget was cut"}""");
    }

    /** The partnership's stored events, one JSON object each, as its NDJSON export lists them. */
    public List<JsonNode> events(String partnershipId) {
        Api.Response export = api.get(partnership(partnershipId) + "/events");
        assertThat(export.status()).as("export answered %s", export.body()).isEqualTo(200);
        return export.body().lines().map(Roundtable::parse).toList();
    }

    /** Sends {@code request} about the partnership and tells which events it stored (none for a refusal). */
    public Recorded recordedBy(String partnershipId, Supplier<Api.Response> request) {
        int before = events(partnershipId).size();
        Api.Response response = request.get();
        List<JsonNode> after = events(partnershipId);
        return new Recorded(response, after.subList(before, after.size()));
    }

    /** A request's answer and the events it stored, in order. */
    public record Recorded(Api.Response response, List<JsonNode> events) {

        /** Checks that exactly one event of {@code type} was stored and answers its payload. */
        public JsonNode onlyEvent(String type) {
            assertThat(events)
                    .as("events stored by a request answered %s", response.body())
                    .hasSize(1);
            assertThat(events.get(0).path("type").asText()).isEqualTo(type);
            return events.get(0).path("payload");
        }

        /** The stream sequence of the one event stored, which the write must answer as its own. */
        public long onlySequence() {
            assertThat(events)
                    .as("events stored by a request answered %s", response.body())
                    .hasSize(1);
            return events.get(0).path("sequence").asLong();
        }

        /** Checks that nothing was stored and answers the response, for its problem to be checked. */
        public Api.Response nothingStored() {
            assertThat(events)
                    .as("events stored by a request answered %s", response.body())
                    .isEmpty();
            return response;
        }
    }

    public static String partnership(String partnershipId) {
        return "/api/partnerships/" + partnershipId;
    }

    public static String proposal(String partnershipId, String proposalId) {
        return partnership(partnershipId) + "/proposals/" + proposalId;
    }

    public static String meeting(String partnershipId, String meetingId) {
        return partnership(partnershipId) + "/meetings/" + meetingId;
    }

    public static String indicator(String partnershipId, String indicatorId) {
        return partnership(partnershipId) + "/indicators/" + indicatorId;
    }

    public static String witnesses(String partnershipId) {
        return partnership(partnershipId) + "/witnesses";
    }

    public static String pledge(String partnershipId, String pledgeId) {
        return partnership(partnershipId) + "/pledges/" + pledgeId;
    }

    /** One line of JSON. */
    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + json, e);
        }
    }

    /** Checks that a write without an answer of its own was accepted (204) and answers its stream sequence. */
    private static long accepted(Api.Response response) {
        assertThat(response.status()).as("write answered %s", response.body()).isEqualTo(204);
        return response.sequence();
    }

    /** A JSON string, or JSON null; for the optional values of a body. */
    private static String stringOrNull(String value) {
        return value == null ? "null" : '"' + value + '"';
    }
}
