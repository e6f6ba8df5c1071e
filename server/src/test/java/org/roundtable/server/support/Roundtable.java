package org.roundtable.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * The acts of a partnership session through the HTTP API, for tests that need them as a setting. Its
 * client's user forms the partnerships (so coordinates them) and represents the partners it admits.
 */
public final class Roundtable {

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
                 "targetPhase": %s}""".formatted(partnerId, kind, title, stringOrNull(targetPhase)));
    }

    public Api.Response vote(String partnershipId, String proposalId, String partnerId, String choice) {
        return api.post(proposal(partnershipId, proposalId) + "/votes", """
                {"partnerId": "%s", "choice": "%s", "rationale": "Because of the %s"}"""
                .formatted(partnerId, choice, choice.toLowerCase()));
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
        return api.create(partnership(partnershipId) + "/lessons", """
                {"partnerId": "%s", "phase": %s, "title": "%s", "text": "Written down by the partner"}"""
                .formatted(partnerId, stringOrNull(phase), title));
    }

    public static String partnership(String partnershipId) {
        return "/api/partnerships/" + partnershipId;
    }

    public static String proposal(String partnershipId, String proposalId) {
        return partnership(partnershipId) + "/proposals/" + proposalId;
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
