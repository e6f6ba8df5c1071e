package org.roundtable.query.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.query.support.Batches.batch;
import static org.roundtable.query.support.Batches.inOneBatch;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A view's statements within a batch of events: writes held back until the batch commits, yet seen by the
 * view's own reads, and changed or withdrawn while held; assignments to rows sent as one, the last winning;
 * counters summed; places taken in an order; facts remembered for the batch only; nothing written by a batch that
 * rolls back; and, outside a batch, every statement at once.
 */
class ViewJdbcTest {

    private static final String FORM = "INSERT INTO lesson_partnership (partnership_id) VALUES (:partnershipId)";
    private static final List<String> COUNTER_KEY = List.of("partnershipId", "segment", "partnerId");
    private static final ViewJdbc.Increment COUNT_VOTE = new ViewJdbc.Increment("""
            INSERT INTO participation_count (partnership_id, segment, partner_id, votes_cast)
            VALUES (:partnershipId, :segment, :partnerId, :amount)
            ON CONFLICT (partnership_id, segment, partner_id)
            DO UPDATE SET votes_cast = participation_count.votes_cast + excluded.votes_cast
            """, COUNTER_KEY, List.of("amount"));
    private static final ViewJdbc.Increment COUNT_CAST_AND_ELIGIBLE =
            new ViewJdbc.Increment("""
            INSERT INTO participation_count (partnership_id, segment, partner_id, votes_cast, votes_eligible)
            VALUES (:partnershipId, :segment, :partnerId, :cast, :eligible)
            ON CONFLICT (partnership_id, segment, partner_id)
            DO UPDATE SET votes_cast = participation_count.votes_cast + excluded.votes_cast,
                          votes_eligible = participation_count.votes_eligible + excluded.votes_eligible
            """, COUNTER_KEY, List.of("cast", "eligible"));

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private final ViewJdbc view = new ViewJdbc(database.jdbc());

    @Test
    void aBatchsWritesWaitForItsCommitButItsOwnReadsSeeThem() throws Exception {
        UUID partnership = UUID.randomUUID();
        List<Integer> seen = new ArrayList<>();

        inOneBatch(() -> {
            view.update(FORM, new MapSqlParameterSource("partnershipId", partnership));
            seen.add(storedPartnerships(partnership));
            seen.add(view.queryForObject(
                    "SELECT count(*) FROM lesson_partnership WHERE partnership_id = :partnershipId",
                    new MapSqlParameterSource("partnershipId", partnership),
                    Integer.class));
            return null;
        });

        assertThat(seen)
                .as("held back, then sent by the view's own read, which counts it")
                .containsExactly(0, 1);
        assertThat(storedPartnerships(partnership)).isEqualTo(1);
    }

    @Test
    void aBatchsWritesAreSentInOrderAtItsCommit() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        inOneBatch(() -> {
            view.update(FORM, new MapSqlParameterSource("partnershipId", first));
            view.update(FORM, new MapSqlParameterSource("partnershipId", second));
            view.update(
                    "DELETE FROM lesson_partnership WHERE partnership_id = :partnershipId",
                    new MapSqlParameterSource("partnershipId", first));
            return null;
        });

        assertThat(storedPartnerships(first)).as("inserted, then deleted").isZero();
        assertThat(storedPartnerships(second)).isEqualTo(1);
    }

    @Test
    void aWriteAfterAnotherStatementOnItsTableIsNotSentBeforeIt() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        inOneBatch(() -> {
            view.update(FORM, new MapSqlParameterSource("partnershipId", first));
            view.update(
                    "DELETE FROM lesson_partnership WHERE partnership_id IN (:first, :second)",
                    new MapSqlParameterSource("first", first).addValue("second", second));
            view.update(FORM, new MapSqlParameterSource("partnershipId", second));
            return null;
        });

        assertThat(storedPartnerships(first)).as("inserted, then deleted").isZero();
        assertThat(storedPartnerships(second))
                .as("inserted after the delete, not joined to the first insert")
                .isEqualTo(1);
    }

    @Test
    void aWriteJoinsTheLastRunOfItsStatementPastRunsThatNameNoneOfItsTables() {
        String proposal = "INSERT INTO decision_proposal (proposal_id) VALUES (:id)";
        String vote = "INSERT INTO decision_vote (proposal_id, seq) VALUES (:id, :seq) ON CONFLICT DO NOTHING";
        String counter = """
                INSERT INTO power_count (partner_id, votes) VALUES (:id, :votes)
                ON CONFLICT (partner_id) DO UPDATE SET votes = power_count.votes + excluded.votes
                """;
        String close = "UPDATE decision_proposal SET status = :status WHERE proposal_id = :id";
        String tally = "INSERT INTO power_tally (proposal_id, votes) SELECT :id, count(*) FROM decision_vote";
        Runs runs = new Runs();

        ViewJdbc.Run proposals = runs.join(proposal);
        ViewJdbc.Run votes = runs.join(vote);
        runs.join(counter);
        assertThat(runs.join(proposal)).as("past other tables").isSameAs(proposals);
        assertThat(runs.join(vote)).as("past an upsert of another table").isSameAs(votes);
        runs.join(close);
        assertThat(runs.join(proposal)).as("not past its table's update").isNotSameAs(proposals);
        runs.join(tally);
        assertThat(runs.join(vote)).as("not past a read of its table").isNotSameAs(votes);
        ViewJdbc.Run counters = runs.join(counter);
        assertThat(runs.join(counter)).as("an upsert joins the run just before").isSameAs(counters);
        assertThat(runs.join(proposal)).as("an earlier run").isNotSameAs(counters);
        assertThat(runs.join(counter))
                .as("but not after another write, even one that joined an earlier run")
                .isNotSameAs(counters);
    }

    @Test
    void anUpsertOfOneRowTwiceInABatchIsSentAsTwoStatementsWhateverLiesBetween() throws Exception {
        UUID partnership = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        String pledge = """
                INSERT INTO commitment_unit (partnership_id, partner_id, unit, first_sequence, pledged)
                VALUES (:partnershipId, :partnerId, 'EUR', 1, :amount)
                ON CONFLICT (partnership_id, partner_id, unit)
                DO UPDATE SET pledged = commitment_unit.pledged + excluded.pledged
                """;

        inOneBatch(() -> {
            view.update(
                    pledge,
                    new MapSqlParameterSource("partnershipId", partnership)
                            .addValue("partnerId", partner)
                            .addValue("amount", 100));
            view.update(FORM, new MapSqlParameterSource("partnershipId", partnership));
            view.update(
                    pledge,
                    new MapSqlParameterSource("partnershipId", partnership)
                            .addValue("partnerId", partner)
                            .addValue("amount", 50));
            return null;
        });

        assertThat(database.jdbc()
                        .queryForObject(
                                "SELECT pledged FROM commitment_unit WHERE partnership_id = :id",
                                new MapSqlParameterSource("id", partnership),
                                Number.class)
                        .intValue())
                .as("one multi-row statement would have touched the row twice, which PostgreSQL refuses")
                .isEqualTo(150);
    }

    @Test
    void countersRaisedByOneKeyInABatchAreSummed() throws Exception {
        UUID partnership = UUID.randomUUID();
        UUID often = UUID.randomUUID();
        UUID once = UUID.randomUUID();

        inOneBatch(() -> {
            vote(partnership, often, 1);
            vote(partnership, once, 1);
            vote(partnership, often, 1);
            vote(partnership, often, 2);
            return null;
        });
        inOneBatch(() -> {
            vote(partnership, often, 1);
            return null;
        });

        assertThat(votesCast(partnership, often)).isEqualTo(5);
        assertThat(votesCast(partnership, once)).isEqualTo(1);
    }

    @Test
    void aHeldWriteIsChangedOrWithdrawnUntilItIsSent() throws Exception {
        UUID changed = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        UUID sent = UUID.randomUUID();
        List<Boolean> answers = new ArrayList<>();

        inOneBatch(() -> {
            ViewJdbc.HeldWrite first = view.hold(FORM, new MapSqlParameterSource("partnershipId", UUID.randomUUID()));
            answers.add(first.change("partnershipId", changed));
            ViewJdbc.HeldWrite second = view.hold(FORM, new MapSqlParameterSource("partnershipId", withdrawn));
            answers.add(second.withdraw());
            ViewJdbc.HeldWrite third = view.hold(FORM, new MapSqlParameterSource("partnershipId", sent));
            view.queryForObject("SELECT 1", new MapSqlParameterSource(), Integer.class);
            answers.add(third.change("partnershipId", UUID.randomUUID()));
            answers.add(third.withdraw());
            answers.add(third.isHeld());
            return null;
        });

        assertThat(answers)
                .as("changed and withdrawn while held; once a read sent it, neither")
                .containsExactly(true, true, false, false, false);
        assertThat(storedPartnerships(changed)).as("written as changed").isEqualTo(1);
        assertThat(storedPartnerships(withdrawn)).as("never written").isZero();
        assertThat(storedPartnerships(sent)).as("written as first held").isEqualTo(1);
    }

    @Test
    void countersWithSeveralAmountsAreSummedEachOnItsOwn() throws Exception {
        UUID partnership = UUID.randomUUID();
        UUID partner = UUID.randomUUID();

        inOneBatch(() -> {
            castAndEligible(partnership, partner, 1, 2);
            castAndEligible(partnership, partner, 0, 3);
            return null;
        });

        assertThat(votesCast(partnership, partner)).isEqualTo(1);
        assertThat(database.jdbc()
                        .queryForObject(
                                "SELECT votes_eligible FROM participation_count WHERE partnership_id = :p",
                                new MapSqlParameterSource("p", partnership),
                                Integer.class))
                .isEqualTo(5);
    }

    @Test
    void placesTakenInABatchFollowTheLastOneStored() throws Exception {
        UUID meeting = UUID.randomUUID();
        database.jdbc()
                .update(
                        "INSERT INTO participation_attendee (meeting_id, partner_id, seq) VALUES (:m, :m, 10)",
                        new MapSqlParameterSource("m", meeting));
        String last = "SELECT coalesce(max(seq), 0) FROM participation_attendee WHERE meeting_id = :id";
        List<Integer> firsts = new ArrayList<>();

        for (int batch = 0; batch < 2; batch++) {
            inOneBatch(() -> {
                firsts.add(view.takePlaces("seats", meeting, 3, last));
                firsts.add(view.takePlaces("seats", meeting, 1, last));
                return null;
            });
        }

        assertThat(firsts)
                .as("the stored last place, read at a batch's first, then on from there in that batch only")
                .containsExactly(11, 14, 11, 14);
    }

    @Test
    void aRememberedFactLastsTheBatchOnly() throws Exception {
        List<String> loads = new ArrayList<>();

        for (int batch = 0; batch < 2; batch++) {
            inOneBatch(() -> {
                view.remembered("kind", "key", key -> {
                    loads.add(key);
                    return 1;
                });
                assertThat(view.<String, Integer>remembered("kind", "key", key -> 2))
                        .isEqualTo(1);
                view.remember("kind", "key", 3);
                assertThat(view.<String, Integer>remembered("kind", "key", key -> 4))
                        .isEqualTo(3);
                return null;
            });
        }

        assertThat(loads).as("loaded once in each batch").hasSize(2);
    }

    @Test
    void aBatchThatRollsBackWritesNothing() {
        UUID partnership = UUID.randomUUID();

        BatchingUnitOfWork<EventMessage<?>> unitOfWork = batch();
        unitOfWork.executeWithResult(
                () -> {
                    view.update(FORM, new MapSqlParameterSource("partnershipId", partnership));
                    throw new IllegalStateException("a handler fails");
                },
                RollbackConfigurationType.ANY_THROWABLE);

        assertThat(storedPartnerships(partnership)).isZero();
    }

    @Test
    void assignmentsOfABatchAreSentAtItsCommitTheLastToARowWinning() throws Exception {
        UUID proposal = UUID.randomUUID();
        UUID changedTwice = UUID.randomUUID();
        UUID changedOnce = UUID.randomUUID();
        OffsetDateTime first = OffsetDateTime.parse("2026-12-05T19:12:53.450Z");
        OffsetDateTime last = OffsetDateTime.parse("2026-12-05T19:13Z");
        String rationale = "a \"quoted\" \\ text,\nover lines\tand \u0001 ünïcödé 🗳";
        List<String> seen = new ArrayList<>();
        storeVote(proposal, changedTwice);
        storeVote(proposal, changedOnce);

        inOneBatch(() -> {
            view.assign("decision_vote", VOTE, assignment(proposal, changedTwice, "AGREE", "first", first));
            view.assign("decision_vote", VOTE, assignment(proposal, changedTwice, "BLOCK", null, last));
            view.assign("decision_vote", VOTE, assignment(proposal, changedOnce, "ABSTAIN", rationale, first));
            seen.add(storedChoice(proposal, changedTwice));
            seen.add(view.queryForObject(
                    "SELECT choice FROM decision_vote WHERE proposal_id = :p AND partner_id = :q",
                    new MapSqlParameterSource("p", proposal).addValue("q", changedTwice),
                    String.class));
            return null;
        });

        assertThat(seen).as("held, then sent by the view's own read").containsExactly("DISAGREE", "BLOCK");
        assertThat(database.jdbc()
                        .queryForMap(
                                "SELECT choice, rationale, cast_at FROM decision_vote WHERE proposal_id = :p AND partner_id = :q",
                                new MapSqlParameterSource("p", proposal).addValue("q", changedTwice)))
                .as("the last assignment, a null and a time without seconds included")
                .containsEntry("choice", "BLOCK")
                .containsEntry("rationale", null)
                .hasEntrySatisfying(
                        "cast_at",
                        at -> assertThat(((java.sql.Timestamp) at).toInstant()).isEqualTo(last.toInstant()));
        assertThat(database.jdbc()
                        .queryForObject(
                                "SELECT rationale FROM decision_vote WHERE proposal_id = :p AND partner_id = :q",
                                new MapSqlParameterSource("p", proposal).addValue("q", changedOnce),
                                String.class))
                .as("every character kept")
                .isEqualTo(rationale);
    }

    @Test
    void manyAssignmentsOfABatchGoAsOneStatementWithEveryValueKept() throws Exception {
        UUID proposal = UUID.randomUUID();
        List<UUID> voters = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            voters.add(UUID.randomUUID());
            storeVote(proposal, voters.get(i));
        }
        OffsetDateTime at = OffsetDateTime.parse("2026-12-05T19:13Z");
        String rationale = "a \"quoted\" \\ text,\nover lines\tand \u0001 ünïcödé 🗳 ";

        inOneBatch(() -> {
            view.assign("decision_vote", VOTE, assignment(proposal, voters.get(0), "AGREE", "first", at));
            for (int i = 0; i < voters.size(); i++) {
                view.assign(
                        "decision_vote",
                        VOTE,
                        assignment(proposal, voters.get(i), "BLOCK", i % 2 == 0 ? null : rationale + i, at));
            }
            return null;
        });

        for (int i = 0; i < voters.size(); i++) {
            assertThat(database.jdbc()
                            .queryForMap(
                                    "SELECT choice, rationale, cast_at FROM decision_vote WHERE proposal_id = :p AND partner_id = :q",
                                    new MapSqlParameterSource("p", proposal).addValue("q", voters.get(i))))
                    .as("voter %d: the last assignment, every character kept", i)
                    .containsEntry("choice", "BLOCK")
                    .containsEntry("rationale", i % 2 == 0 ? null : rationale + i)
                    .hasEntrySatisfying(
                            "cast_at",
                            stored -> assertThat(((java.sql.Timestamp) stored).toInstant())
                                    .isEqualTo(at.toInstant()));
        }
    }

    @Test
    void anAssignmentOutsideABatchRunsAtOnce() {
        UUID proposal = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        storeVote(proposal, partner);

        view.assign("decision_vote", VOTE, assignment(proposal, partner, "AGREE", null, OffsetDateTime.now()));

        assertThat(storedChoice(proposal, partner)).isEqualTo("AGREE");
    }

    @Test
    void outsideABatchEveryStatementRunsAtOnce() {
        UUID partnership = UUID.randomUUID();

        view.update(FORM, new MapSqlParameterSource("partnershipId", partnership));
        vote(partnership, partnership, 1);

        assertThat(storedPartnerships(partnership)).isEqualTo(1);
        assertThat(votesCast(partnership, partnership)).isEqualTo(1);
    }

    @Test
    void aHeldWriteStaysPreparedWhileItsNullableColumnTurnsNullAndBack() throws Exception {
        UUID proposal = UUID.randomUUID();

        for (int batch = 0; batch < 12; batch++) {
            String rationale = batch % 2 == 0 ? null : "weighed at the forum";
            UUID partner = UUID.randomUUID();
            inOneBatch(() -> {
                view.update(
                        """
                        INSERT INTO decision_vote (proposal_id, partner_id, partnership_id, seq, sector, choice,
                                                   rationale, first_cast_at, cast_at)
                        VALUES (:proposal, :partner, :proposal, 1, 'NGO', 'AGREE', :rationale, now(), now())
                        """,
                        new MapSqlParameterSource("proposal", proposal)
                                .addValue("partner", partner)
                                .addValue("rationale", rationale));
                return null;
            });
        }

        assertThat(executionsSincePrepared("INSERT INTO decision_vote"))
                .as("prepared by the driver at its fifth run, never again: a null bound as a string")
                .isGreaterThanOrEqualTo(7);
        assertThat(database.count("decision_vote")).isGreaterThanOrEqualTo(12);
    }

    @Test
    void aCountersRowStaysPreparedWhetherItsAmountsWereSummedOrNot() throws Exception {
        UUID partnership = UUID.randomUUID();

        for (int batch = 0; batch < 12; batch++) {
            int additions = batch % 2 + 1;
            inOneBatch(() -> {
                for (int i = 0; i < additions; i++) {
                    vote(partnership, partnership, 1);
                }
                return null;
            });
        }

        assertThat(executionsSincePrepared(
                        "INSERT INTO participation_count (partnership_id, segment, partner_id, votes_cast)"))
                .as("an amount added once and a sum of two bound as one type")
                .isGreaterThanOrEqualTo(7);
        assertThat(votesCast(partnership, partnership)).isEqualTo(18);
    }

    /** How often this connection ran its statement beginning so since the driver last prepared it. */
    private static int executionsSincePrepared(String start) {
        Integer runs = database.jdbc().queryForObject("""
                        SELECT coalesce(max(generic_plans + custom_plans), 0) FROM pg_prepared_statements
                        WHERE statement LIKE :start || '%'
                        """, new MapSqlParameterSource("start", start), Integer.class);
        return runs == null ? 0 : runs;
    }

    private static final List<String> VOTE = List.of("proposal_id", "partner_id");

    private static Map<String, Object> assignment(
            UUID proposal, UUID partner, String choice, String rationale, OffsetDateTime at) {
        Map<String, Object> row = new HashMap<>();
        row.put("proposal_id", proposal);
        row.put("partner_id", partner);
        row.put("choice", choice);
        row.put("rationale", rationale);
        row.put("cast_at", at);
        return row;
    }

    /** Stores a vote of DISAGREE past the view, as an earlier batch would have. */
    private static void storeVote(UUID proposal, UUID partner) {
        database.jdbc().update("""
                INSERT INTO decision_vote (proposal_id, partner_id, partnership_id, seq, sector, choice,
                                           first_cast_at, cast_at)
                VALUES (:p, :q, :p, 1, 'NGO', 'DISAGREE', now(), now())
                """, new MapSqlParameterSource("p", proposal).addValue("q", partner));
    }

    private static String storedChoice(UUID proposal, UUID partner) {
        return database.jdbc()
                .queryForObject(
                        "SELECT choice FROM decision_vote WHERE proposal_id = :p AND partner_id = :q",
                        new MapSqlParameterSource("p", proposal).addValue("q", partner),
                        String.class);
    }

    private void vote(UUID partnership, UUID partner, int amount) {
        view.increment(COUNT_VOTE, List.of(partnership, 1, partner), new Number[] {amount});
    }

    private void castAndEligible(UUID partnership, UUID partner, int cast, int eligible) {
        view.increment(COUNT_CAST_AND_ELIGIBLE, List.of(partnership, 1, partner), new Number[] {cast, eligible});
    }

    /** Read past the view, as another reader would. */
    private static int storedPartnerships(UUID partnership) {
        return database.jdbc()
                .queryForObject(
                        "SELECT count(*) FROM lesson_partnership WHERE partnership_id = :partnershipId",
                        new MapSqlParameterSource("partnershipId", partnership),
                        Integer.class);
    }

    private static int votesCast(UUID partnership, UUID partner) {
        return database.jdbc()
                .queryForObject(
                        "SELECT votes_cast FROM participation_count WHERE partnership_id = :p AND partner_id = :q",
                        new MapSqlParameterSource("p", partnership).addValue("q", partner),
                        Integer.class);
    }

    /** Runs joined write after write, as a batch's writes are sent. */
    private static final class Runs {
        private final List<ViewJdbc.Run> runs = new ArrayList<>();
        private String previous;

        ViewJdbc.Run join(String sql) {
            ViewJdbc.Run joined = ViewJdbc.Run.joining(runs, sql, previous);
            previous = sql;
            return joined;
        }
    }
}
