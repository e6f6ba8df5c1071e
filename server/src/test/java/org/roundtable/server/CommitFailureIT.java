package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.BreakableCommits;
import org.roundtable.server.support.BreakableCommits.Break;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The connection to the database breaks while a vote is committed. Whatever PostgreSQL did, the client is
 * told the truth: a vote that was stored is acknowledged, one that was not is answered 503 with nothing
 * stored, and only when the database cannot be asked is the answer 503 OUTCOME_UNKNOWN, after which a
 * retry with the same Idempotency-Key is carried out at most once.
 */
@RoundtableIntegrationTest
class CommitFailureIT {

    /** Longer than the outcome patience the end-to-end tests run with (2 s). */
    private static final Duration LONGER_THAN_PATIENCE = Duration.ofSeconds(4);

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Autowired
    BreakableCommits commits;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    /**
     * The breaks send the views' processor into Axon's retry backoff, which doubles with each failed try (a
     * run saw 8 s), and the test classes that follow share this server and expect views that follow its
     * writes: each test here ends once every segment is processed again.
     */
    @AfterEach
    void viewsFollowTheWritesAgain() {
        awaitReachable();
        TrackingEventProcessor views = processing
                .eventProcessor(ViewNames.VIEWS, TrackingEventProcessor.class)
                .orElseThrow();
        await().atMost(Duration.ofMinutes(1))
                .until(() -> views.processingStatus().size() == views.maxCapacity()
                        && views.processingStatus().values().stream().noneMatch(EventTrackerStatus::isErrorState));
    }

    @Test
    void aVoteStoredByACommitThatReportedFailureIsAcknowledged() {
        Voting voting = new Voting();
        commits.breakNextEventCommit(Break.AFTER_COMMITTING, Duration.ZERO);

        Api.Response answer = voting.vote(api);

        assertThat(commits.broke()).as("the commit was broken").isTrue();
        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(204);
        assertThat(voting.storedVotes()).isEqualTo(1);
        assertThat(answer.sequence()).as("the vote's own sequence").isEqualTo(voting.lastStoredSequence());
    }

    @Test
    void aVoteWhoseCommitFailedIsAnswered503AndNothingIsStored() {
        Voting voting = new Voting();
        commits.breakNextEventCommit(Break.BEFORE_COMMITTING, Duration.ZERO);

        Api.Response answer = voting.vote(api);

        assertThat(commits.broke()).as("the commit was broken").isTrue();
        answer.problem(503, "DATABASE_UNAVAILABLE");
        assertThat(voting.storedVotes()).isZero();
    }

    @Test
    void aStoredVoteWhoseOutcomeCannotBeLearnedIsOutcomeUnknownAndItsKeyedRetryRecordsNothingMore() {
        Voting voting = new Voting();
        Api keyed = api.withIdempotencyKey(UUID.randomUUID().toString());
        commits.breakNextEventCommit(Break.AFTER_COMMITTING, LONGER_THAN_PATIENCE);

        Api.Response unknown = voting.vote(keyed);
        unknown.problem(503, "OUTCOME_UNKNOWN");
        assertThat(unknown.header("Retry-After")).isNotBlank();
        awaitReachable();
        Api.Response retried = voting.vote(keyed);

        assertThat(retried.status()).as("retry answered %s", retried.body()).isEqualTo(204);
        assertThat(voting.storedVotes()).isEqualTo(1);
        assertThat(retried.sequence()).isEqualTo(voting.lastStoredSequence());
    }

    @Test
    void anUnstoredVoteWhoseOutcomeCannotBeLearnedIsOutcomeUnknownAndItsKeyedRetryRecordsItOnce() {
        Voting voting = new Voting();
        Api keyed = api.withIdempotencyKey(UUID.randomUUID().toString());
        commits.breakNextEventCommit(Break.BEFORE_COMMITTING, LONGER_THAN_PATIENCE);

        voting.vote(keyed).problem(503, "OUTCOME_UNKNOWN");
        awaitReachable();
        assertThat(voting.storedVotes()).isZero();
        Api.Response retried = voting.vote(keyed);

        assertThat(retried.status()).as("retry answered %s", retried.body()).isEqualTo(204);
        assertThat(voting.storedVotes()).isEqualTo(1);
        assertThat(keyed.post(voting.votes(), voting.body()).sequence())
                .as("a second retry replays the first")
                .isEqualTo(retried.sequence());
        assertThat(voting.storedVotes()).isEqualTo(1);
    }

    private void awaitReachable() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                jdbc.queryForObject("SELECT 1", Integer.class);
                return;
            } catch (RuntimeException stillUnreachable) {
                assertThat(System.nanoTime() - deadline)
                        .as("database reachable again")
                        .isNegative();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** A partnership with one partner and an open proposal, and the vote the tests send on it. */
    private final class Voting {

        private final String partnership = table.formPartnership("MAJORITY");
        private final String partner = table.admit(partnership, "Water board", "PUBLIC");
        private final String proposal = table.submit(partnership, partner, "OBJECTIVE", "Clean the canal", null);
        private final String rationale = "commit-" + UUID.randomUUID();

        String votes() {
            return Roundtable.proposal(partnership, proposal) + "/votes";
        }

        String body() {
            return """
                    {"partnerId": "%s", "choice": "AGREE", "rationale": "%s"}""".formatted(partner, rationale);
        }

        Api.Response vote(Api client) {
            return client.post(votes(), body());
        }

        /** Vote events stored with this vote's rationale, read from the event table itself. */
        int storedVotes() {
            return jdbc.queryForObject(
                    "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                            + "AND convert_from(payload, 'UTF8') LIKE ?",
                    Integer.class,
                    partnership,
                    "%" + rationale + "%");
        }

        long lastStoredSequence() {
            return jdbc.queryForObject(
                    "SELECT max(sequence_number) + 1 FROM domain_event_entry " + "WHERE aggregate_identifier = ?",
                    Long.class,
                    partnership);
        }
    }
}
