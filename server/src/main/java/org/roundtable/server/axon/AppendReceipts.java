package org.roundtable.server.axon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * What the write being carried out on a thread appended to the event store, as the append itself
 * numbered it, and how long the streams it checked its cached aggregates against were. A write answers its
 * partnership's sequence from its receipt rather than from a read after its commit (which could fail after
 * the act was stored), and a commit cut off mid-way is settled by looking the receipt's events up. Axon's
 * simple command bus handles a command on the thread that sends it, so the events are appended (and the
 * cache checked) on the thread that opened the receipt.
 */
public final class AppendReceipts {

    private final ThreadLocal<Receipt> open = new ThreadLocal<>();

    /** Opens the receipt of the write about to be carried out on this thread; close it when the write ends. */
    public Receipt open() {
        Receipt receipt = new Receipt();
        open.set(receipt);
        return receipt;
    }

    /**
     * Notes the last sequence number (Axon's, from 0) that the store holds of {@code stream}, as the write on
     * this thread just read it, if a write opened a receipt here.
     */
    void recordStored(String stream, Optional<Long> lastSequenceNumber) {
        Receipt receipt = open.get();
        if (receipt != null) {
            receipt.stored.put(stream, lastSequenceNumber.map(last -> last + 1).orElse(0L));
        }
    }

    /** Notes events that were just appended on this thread, if a write opened a receipt here. */
    void record(List<? extends EventMessage<?>> appended) {
        Receipt receipt = open.get();
        if (receipt != null) {
            appended.forEach(receipt::add);
        }
    }

    /** The events one write appended, in the order they were appended. */
    public final class Receipt implements AutoCloseable {

        private final List<DomainEventMessage<?>> appended = new ArrayList<>();
        /** How many events each stream held when the write read its length, before its own. */
        private final Map<String, Long> stored = new HashMap<>();

        private Receipt() {}

        private void add(EventMessage<?> event) {
            if (event instanceof DomainEventMessage<?> domainEvent) {
                appended.add(domainEvent);
            }
        }

        /**
         * The API's sequence (from 1) of {@code stream} as the write leaves it: that of the last event it appended
         * to it, else the one it read of the store; empty if it did neither. A write reads the store under its
         * partnership's turn, which every write to the partnership takes, so no other append comes between.
         */
        public OptionalLong lastSequenceOf(String stream) {
            OptionalLong own = appended.stream()
                    .filter(event -> stream.equals(event.getAggregateIdentifier()))
                    .mapToLong(event -> event.getSequenceNumber() + 1)
                    .max();
            Long read = stored.get(stream);
            return own.isPresent() || read == null ? own : OptionalLong.of(read);
        }

        /** The identifier of an event of the write: all of them are stored or none. Empty if it appended none. */
        public Optional<String> anyEventIdentifier() {
            return appended.stream().findFirst().map(EventMessage::getIdentifier);
        }

        @Override
        public void close() {
            if (open.get() == this) {
                open.remove();
            }
        }
    }
}
