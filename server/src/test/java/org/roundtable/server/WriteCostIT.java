package org.roundtable.server;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.RequestStatements;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a vote costs the database on its request's thread: the statements the write needs and no other,
 * in one transaction. The views' processors catch up on threads of their own and are not counted here.
 */
@RoundtableIntegrationTest
class WriteCostIT {

    /** The partnership's turn among server instances: its advisory lock, until the transaction ends. */
    private static final String TURN = "SELECT pg_advisory_xact_lock(?, ?); ";

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Autowired
    RequestStatements statements;

    private String partnership;
    private String city;
    private String proposal;

    @BeforeEach
    void aProposalWithAVote() {
        partnership = table.formPartnership("MAJORITY");
        city = table.admit(partnership, "City Hall", "PUBLIC");
        proposal = table.submit(partnership, city, "OBJECTIVE", "Clean the river banks", null);
    }

    /**
     * One round trip: decided on the cached partnership, the vote sends the partnership's turn and its event as
     * one statement, which PostgreSQL runs as a transaction of its own (no BEGIN is sent before it).
     */
    @Test
    void aVoteSendsThePartnershipsTurnAndItsEventAsOneTransaction() {
        table.voteAccepted(partnership, proposal, city, "AGREE");

        List<String> vote = statements.issuedBy(api, recorded -> vote(recorded, "DISAGREE"));

        assertThat(vote)
                .as("the statements of a vote")
                .singleElement(as(STRING))
                .startsWith(TURN + "INSERT INTO domain_event_entry")
                .endsWith(") VALUES (?,?,?,?,?,?,?,?,?)");
    }

    /**
     * Decided on the cached partnership, a vote that changes nothing confirms, in turn, that the stream is still
     * as long as the cached partnership: that length is the answer.
     */
    @Test
    void anIdenticalVoteRecordsNothingAndAnswersTheSequenceItsCheckRead() {
        long voted = table.voteAccepted(partnership, proposal, city, "AGREE");

        List<String> again = statements.issuedBy(
                api, recorded -> assertThat(vote(recorded, "AGREE")).isEqualTo(voted));

        assertThat(again)
                .as("the statements of a vote that records nothing")
                .satisfiesExactly(
                        begin -> assertThat(begin).isEqualTo("BEGIN"),
                        WriteCostIT::partnershipsTurnAndLength,
                        commit -> assertThat(commit).isEqualTo("COMMIT"));
    }

    /**
     * The key is claimed and its answer remembered in the vote's own transaction, so no commit is added; the
     * event, held until the commit, is stored after the answer.
     */
    @Test
    void aVoteWithAnIdempotencyKeyAddsTheKeysTurnLookupAndAnswerToTheSameCommit() {
        table.voteAccepted(partnership, proposal, city, "AGREE");

        List<String> vote = statements.issuedBy(
                api.withIdempotencyKey(UUID.randomUUID().toString()), recorded -> vote(recorded, "DISAGREE"));

        assertThat(vote)
                .as("the statements of a vote sent with an Idempotency-Key")
                .satisfiesExactly(
                        begin -> assertThat(begin).isEqualTo("BEGIN"),
                        WriteCostIT::partnershipsTurnAndLength,
                        keysTurn -> assertThat(keysTurn).startsWith("SELECT pg_advisory_xact_lock(?)"),
                        lookup -> assertThat(lookup).startsWith("SELECT fingerprint, status, location, sequence, body"),
                        answer -> assertThat(answer).startsWith("INSERT INTO idempotency_key"),
                        WriteCostIT::eventWithTheCommit);
    }

    private long vote(Api client, String choice) {
        return new Roundtable(client).voteAccepted(partnership, proposal, city, choice);
    }

    /** The vote's one event, and PostgreSQL's COMMIT, in one statement: the driver sends no COMMIT after it. */
    private static void eventWithTheCommit(String statement) {
        assertThat(statement)
                .startsWith("INSERT INTO domain_event_entry")
                .endsWith(") VALUES (?,?,?,?,?,?,?,?,?); COMMIT");
    }

    /** The turn's lock and the read of the stream's length, sent together: one round trip. */
    private static void partnershipsTurnAndLength(String statement) {
        assertThat(statement).startsWith(TURN + "SELECT max(sequence_number) FROM domain_event_entry");
    }
}
