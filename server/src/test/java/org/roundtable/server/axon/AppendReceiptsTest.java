package org.roundtable.server.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.junit.jupiter.api.Test;

class AppendReceiptsTest {

    private final AppendReceipts receipts = new AppendReceipts();

    /** The streams the store below was asked the length of, in order. */
    private final List<String> reads = new ArrayList<>();

    /** A store that holds 10 events (the last numbered 9) of every stream, and notes each read. */
    private final Function<String, Optional<Long>> store = stream -> {
        reads.add(stream);
        return Optional.of(9L);
    };

    @Test
    void aWriteThatAppendedAnswersItsOwnLastEventOverTheStreamItRead() {
        try (AppendReceipts.Receipt receipt = receipts.open()) {
            receipts.recordStored("river", Optional.of(4L));
            assertThat(receipt.lastSequenceOf("river")).hasValue(5);

            receipts.record(List.of(appended("river", 5), appended("river", 6)));

            assertThat(receipt.lastSequenceOf("river")).hasValue(7);
        }
    }

    @Test
    void aStreamReadEmptyHoldsNoEventsAndAStreamNeitherReadNorAppendedIsUnknown() {
        try (AppendReceipts.Receipt receipt = receipts.open()) {
            receipts.recordStored("river", Optional.empty());

            assertThat(receipt.lastSequenceOf("river")).hasValue(0);
            assertThat(receipt.lastSequenceOf("lake")).isEmpty();
        }
    }

    @Test
    void aWriteHoldsItsAppendUntilItsCommitOnlyOnceItAskedTo() {
        HeldAppend append = new HeldAppend(new EventSchema(), List.of(), new PostgresDuplicateKeys());
        assertThat(receipts.holdUntilCommit(append))
                .as("no write on the thread")
                .isFalse();
        try (AppendReceipts.Receipt receipt = receipts.open()) {
            assertThat(receipts.holdUntilCommit(append))
                    .as("a write that did not ask")
                    .isFalse();
            assertThat(receipt.heldAppend()).isEmpty();

            receipt.holdAppendsUntilCommit();

            assertThat(receipts.holdUntilCommit(append)).isTrue();
            assertThat(receipt.heldAppend()).containsSame(append);
        }
    }

    @Test
    void aWriteThatDecidesOnTheCacheTrustsItsStreamUntilItsTurnReadsOtherwise() {
        try (AppendReceipts.Receipt receipt = receipts.open()) {
            receipt.decideOnCache("river", 1, 2);

            assertThat(receipts.isCurrent("river", 7, store))
                    .as("the stream decided on as cached")
                    .isTrue();
            assertThat(receipts.isCurrent("lake", 7, store))
                    .as("any other stream, checked")
                    .isFalse();
            assertThat(reads).containsExactly("lake");

            receipts.recordStored("river", Optional.of(7L));
            assertThat(receipt.decidedOnStale())
                    .as("the turn read the cached length")
                    .isFalse();
            receipts.recordStored("river", Optional.of(8L));
            assertThat(receipt.decidedOnStale())
                    .as("another instance wrote since")
                    .isTrue();
        }
    }

    @Test
    void whatHappensWithNoReceiptOpenOnTheThreadGoesOnNone() {
        AppendReceipts.Receipt closed = receipts.open();
        closed.close();

        receipts.recordStored("river", Optional.of(4L));
        receipts.record(List.of(appended("river", 5)));

        assertThat(closed.lastSequenceOf("river")).isEmpty();
    }

    @Test
    void aWriteReadsAStreamsLengthOnceAndTheTurnsReadServesTheCacheCheck() {
        try (AppendReceipts.Receipt receipt = receipts.open()) {
            receipts.recordStored("river", Optional.of(4L));

            assertThat(receipts.lastStored("river", store)).hasValue(4L);
            assertThat(receipts.lastStored("lake", store)).hasValue(9L);
            assertThat(receipts.lastStored("lake", store)).hasValue(9L);
            assertThat(receipt.lastSequenceOf("lake")).hasValue(10);
        }
        assertThat(reads).containsExactly("lake");
    }

    @Test
    void withNoWriteOnTheThreadEveryLookUpReadsTheStore() {
        List<String> reads = new ArrayList<>();
        Function<String, Optional<Long>> store = stream -> {
            reads.add(stream);
            return Optional.empty();
        };

        assertThat(receipts.lastStored("river", store)).isEmpty();
        assertThat(receipts.lastStored("river", store)).isEmpty();
        assertThat(reads).containsExactly("river", "river");
    }

    private static GenericDomainEventMessage<String> appended(String stream, long sequenceNumber) {
        return new GenericDomainEventMessage<>("Partnership", stream, sequenceNumber, "an event");
    }
}
