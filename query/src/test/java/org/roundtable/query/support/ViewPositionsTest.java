package org.roundtable.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * The positions a view's processor records, and the events it therefore keeps from the view's
 * handlers as applied already, driven the way a streaming event processor drives its
 * interceptors: a batch of events in one batching unit of work, optionally in a transaction.
 */
class ViewPositionsTest {

    private static final String VIEW = "some-view";
    private static final String OTHER_VIEW = "other-view";

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private ViewPositions positions;
    private final List<Object> handled = new ArrayList<>();
    private final UUID river = UUID.randomUUID();
    private final UUID forest = UUID.randomUUID();

    @BeforeEach
    void wire() {
        positions = database.positions();
    }

    @Test
    void aPartnershipWithoutAppliedEventsIsAtZero() {
        assertThat(positions.position(VIEW, UUID.randomUUID())).isZero();
    }

    @Test
    void aBatchRecordsTheHighestSequenceOfEachPartnershipCountingFromOne() {
        ResultMessage<?> result =
                process(VIEW, handler(), event(river, 0), event(forest, 0), event(river, 1), event(river, 2));

        assertThat(result.isExceptional()).isFalse();
        assertThat(handled).hasSize(4);
        assertThat(positions.position(VIEW, river)).isEqualTo(3);
        assertThat(positions.position(VIEW, forest)).isEqualTo(1);
        assertThat(positions.position(OTHER_VIEW, river))
                .as("another view has applied nothing")
                .isZero();
    }

    @Test
    void positionsOnlyGrow() {
        process(VIEW, handler(), event(river, 4));
        process(VIEW, handler(), event(river, 1), event(river, 2));

        assertThat(positions.position(VIEW, river))
                .as("a re-delivered older event")
                .isEqualTo(5);

        process(VIEW, handler(), event(river, 5));

        assertThat(positions.position(VIEW, river)).isEqualTo(6);
    }

    @Test
    void aRedeliveredCommittedEventReachesNoHandler() {
        process(VIEW, handler(), event(river, 0), event(river, 1), event(forest, 0));
        handled.clear();

        process(VIEW, handler(), event(river, 1), event(forest, 0), event(river, 2), event(forest, 1));

        assertThat(handled).containsExactly(payload(river, 2), payload(forest, 1));
        assertThat(positions.position(VIEW, river)).isEqualTo(3);
        assertThat(positions.position(VIEW, forest)).isEqualTo(2);
    }

    @Test
    void anEventDeliveredTwiceInOneBatchIsHandledOnce() {
        process(VIEW, handler(), event(river, 0), event(river, 1), event(river, 1), event(river, 0));

        assertThat(handled).containsExactly(payload(river, 0), payload(river, 1));
    }

    @Test
    void anotherViewsPositionHoldsNothingBack() {
        process(OTHER_VIEW, handler(), event(river, 0), event(river, 1));
        handled.clear();

        process(VIEW, handler(), event(river, 0), event(river, 1));

        assertThat(handled).containsExactly(payload(river, 0), payload(river, 1));
    }

    @Test
    void afterAResetForgetsThePositionsEveryEventIsAppliedAgain() {
        process(VIEW, handler(), event(river, 0), event(river, 1));
        handled.clear();

        positions.forget(VIEW);
        process(VIEW, handler(), event(river, 0), event(river, 1));

        assertThat(handled).containsExactly(payload(river, 0), payload(river, 1));
        assertThat(positions.position(VIEW, river)).isEqualTo(2);
    }

    @Test
    void aBatchReadsThePositionsOfAllItsPartnershipsInOneQuery() {
        process(VIEW, handler(), event(river, 0));
        handled.clear();
        List<Set<UUID>> reads = new ArrayList<>();
        List<UUID> singleReads = new ArrayList<>();
        ViewPositions counting = new ViewPositions(database.jdbc()) {
            @Override
            public Map<UUID, Long> positions(String view, Set<UUID> partnerships) {
                reads.add(Set.copyOf(partnerships));
                return super.positions(view, partnerships);
            }

            @Override
            public long position(String view, UUID partnershipId) {
                singleReads.add(partnershipId);
                return super.position(view, partnershipId);
            }
        };

        process(
                new BatchingUnitOfWork<>(
                        List.of(event(river, 0), event(forest, 0), event(river, 1), event(river, 1), event(forest, 1))),
                counting.recorder(VIEW),
                handler());

        assertThat(reads).containsExactly(Set.of(river, forest));
        assertThat(singleReads).isEmpty();
        // river's first event was applied by the batch before.
        assertThat(handled).containsExactly(payload(forest, 0), payload(river, 1), payload(forest, 1));
    }

    @Test
    void positionsOfSeveralPartnershipsAreReadTogetherZeroForThoseWithoutAny() {
        process(VIEW, handler(), event(river, 0), event(river, 1));
        process(OTHER_VIEW, handler(), event(forest, 0));
        UUID lake = UUID.randomUUID();

        assertThat(positions.positions(VIEW, Set.of(river, forest, lake)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(river, 2L, forest, 0L, lake, 0L));
        assertThat(positions.positions(VIEW, Set.of())).isEmpty();
    }

    @Test
    void anEventOutsideAnyStreamMovesNoPosition() {
        int before = database.count("view_position");

        process(VIEW, handler(), GenericEventMessage.asEventMessage("not from a partnership"));

        assertThat(handled).hasSize(1);
        assertThat(database.count("view_position")).isEqualTo(before);
    }

    @Test
    void aBatchWhoseHandlerFailsRecordsNoPosition() {
        EventMessage<?> first = event(river, 0);
        MessageHandler<EventMessage<?>> failing = message -> {
            if (message != first) {
                throw new IllegalStateException("planned failure");
            }
            return handled.add(message.getPayload());
        };

        ResultMessage<?> result = process(VIEW, failing, first, event(river, 1));

        assertThat(result.isExceptional()).isTrue();
        assertThat(positions.position(VIEW, river)).isZero();
    }

    @Test
    void positionsAreWrittenInTheBatchsTransaction() {
        List<EventMessage<?>> batch = List.of(event(river, 0), event(river, 1));
        BatchingUnitOfWork<EventMessage<?>> failing = new BatchingUnitOfWork<>(batch);
        failing.attachTransaction(transactions());
        // Fails the commit after the positions were written, as a failing token update would.
        MessageHandler<EventMessage<?>> failsTheCommit = message -> {
            if (message == batch.get(batch.size() - 1)) {
                failing.onPrepareCommit(committing -> {
                    throw new IllegalStateException("the commit fails");
                });
            }
            return null;
        };

        assertThat(process(failing, positions.recorder(VIEW), failsTheCommit).isExceptional())
                .isTrue();
        assertThat(positions.position(VIEW, river))
                .as("rolled back with the batch")
                .isZero();

        BatchingUnitOfWork<EventMessage<?>> retried = new BatchingUnitOfWork<>(batch);
        retried.attachTransaction(transactions());
        assertThat(process(retried, positions.recorder(VIEW), handler()).isExceptional())
                .isFalse();
        assertThat(positions.position(VIEW, river))
                .as("committed with the batch")
                .isEqualTo(2);
    }

    @Test
    void aCommittedBatchWakesAReaderWaitingForTheViewAndAFailedOneDoesNot() throws Exception {
        long seen = positions.batchesCommitted();
        MessageHandler<EventMessage<?>> failing = message -> {
            throw new IllegalStateException("planned failure");
        };
        process(VIEW, failing, event(river, 0));
        assertThat(positions.batchesCommitted()).as("a failed batch").isEqualTo(seen);

        CompletableFuture<Void> woken = CompletableFuture.runAsync(() -> {
            try {
                positions.awaitBatchAfter(seen, Duration.ofMinutes(5));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        process(VIEW, handler(), event(river, 0));

        // A reader that slept through the commit would wait out its five minutes: get would time out.
        woken.get(30, TimeUnit.SECONDS);
        assertThat(positions.batchesCommitted()).isEqualTo(seen + 1);
    }

    @Test
    void thePositionsItsCommittedBatchesReachedAreKnownWithoutReadingTheTable() {
        process(VIEW, handler(), event(river, 0), event(river, 1), event(forest, 0));
        process(
                VIEW,
                message -> {
                    throw new IllegalStateException("planned failure");
                },
                event(river, 2));
        database.jdbc().getJdbcOperations().update("DELETE FROM view_position");

        assertThat(positions.positionCommittedHere(VIEW, river))
                .as("as the committed batch left it, not the failed one")
                .isEqualTo(2);
        assertThat(positions.positionCommittedHere(VIEW, forest)).isEqualTo(1);
        assertThat(positions.positionCommittedHere(OTHER_VIEW, river)).isZero();
        assertThat(database.positions().positionCommittedHere(VIEW, river))
                .as("another server's")
                .isZero();

        process(VIEW, handler(), event(river, 0));
        assertThat(positions.positionCommittedHere(VIEW, river))
                .as("a re-delivered older event")
                .isEqualTo(2);

        positions.forget(VIEW);
        assertThat(positions.positionCommittedHere(VIEW, river))
                .as("once the view is forgotten")
                .isZero();
    }

    @Test
    void theViewsAreAwaitedWhileAReaderWaitsForABatch() throws Exception {
        ViewPositions positions = new ViewPositions(database.jdbc(), Duration.ZERO);
        assertThat(positions.awaited()).isFalse();

        CompletableFuture<Void> reader = readerOfTheNextBatch(positions);
        assertThat(positions.awaited()).as("while the reader waits").isTrue();

        wakeWithABatch(positions, reader);
        assertThat(positions.awaited()).as("once the batch woke it").isFalse();
    }

    @Test
    void theViewsStayAwaitedForAMomentAfterTheLastReaderStoppedWaiting() throws Exception {
        ViewPositions positions = new ViewPositions(database.jdbc(), Duration.ofMinutes(10));
        assertThat(positions.awaited()).as("before any reader").isFalse();

        CompletableFuture<Void> reader = readerOfTheNextBatch(positions);
        wakeWithABatch(positions, reader);

        assertThat(positions.awaited()).as("within the moment after the reader").isTrue();
    }

    @Test
    void theViewsAreNoLongerAwaitedOnceTheMomentAfterTheLastReaderHasPassed() throws Exception {
        ViewPositions positions = new ViewPositions(database.jdbc(), Duration.ofMillis(50));
        CompletableFuture<Void> reader = readerOfTheNextBatch(positions);
        wakeWithABatch(positions, reader);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (positions.awaited() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(positions.awaited()).isFalse();
    }

    /** A reader waiting for the batch after those committed so far, once it is waiting. */
    private static CompletableFuture<Void> readerOfTheNextBatch(ViewPositions positions) {
        long seen = positions.batchesCommitted();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try {
                positions.awaitBatchAfter(seen, Duration.ofMinutes(5));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!positions.awaited() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return reader;
    }

    /** Commits a batch of the view and waits until it woke the reader. */
    private void wakeWithABatch(ViewPositions positions, CompletableFuture<Void> reader) throws Exception {
        process(new BatchingUnitOfWork<>(List.of(event(river, 0))), positions.recorder(VIEW), handler());
        reader.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aReaderWaitsNoLongerThanItsBoundWhenNoBatchCommits() throws Exception {
        long start = System.nanoTime();

        positions.awaitBatchAfter(positions.batchesCommitted(), Duration.ofMillis(50));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    }

    @Test
    void forgettingAViewLeavesTheOtherViewsPositions() {
        process(VIEW, handler(), event(river, 0));
        process(OTHER_VIEW, handler(), event(river, 0), event(river, 1));

        positions.forget(VIEW);

        assertThat(positions.position(VIEW, river)).isZero();
        assertThat(positions.position(OTHER_VIEW, river)).isEqualTo(2);
    }

    private MessageHandler<EventMessage<?>> handler() {
        return message -> handled.add(message.getPayload());
    }

    private ResultMessage<?> process(String view, MessageHandler<EventMessage<?>> handler, EventMessage<?>... batch) {
        return process(new BatchingUnitOfWork<>(Arrays.asList(batch)), positions.recorder(view), handler);
    }

    /** What AbstractEventProcessor.processInUnitOfWork does for each event of a batch. */
    private static ResultMessage<?> process(
            BatchingUnitOfWork<EventMessage<?>> unitOfWork,
            MessageHandlerInterceptor<EventMessage<?>> interceptor,
            MessageHandler<EventMessage<?>> handler) {
        return unitOfWork.executeWithResult(
                () -> new DefaultInterceptorChain<>(unitOfWork, List.of(interceptor), handler).proceed());
    }

    private static EventMessage<?> event(UUID partnership, long sequenceNumber) {
        return new GenericDomainEventMessage<>(
                "Partnership", partnership.toString(), sequenceNumber, payload(partnership, sequenceNumber));
    }

    private static String payload(UUID partnership, long sequenceNumber) {
        return "event " + sequenceNumber + " of " + partnership;
    }

    /** Axon's transactions over Spring's, as the server's SpringTransactionManager does. */
    private static TransactionManager transactions() {
        DataSourceTransactionManager spring = new DataSourceTransactionManager(
                database.jdbc().getJdbcTemplate().getDataSource());
        return () -> {
            TransactionStatus status = spring.getTransaction(new DefaultTransactionDefinition());
            return new Transaction() {
                @Override
                public void commit() {
                    spring.commit(status);
                }

                @Override
                public void rollback() {
                    spring.rollback(status);
                }
            };
        };
    }
}
