package org.roundtable.server.axon;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * What the write being carried out on a thread appended to the event store, as the append itself
 * numbered it, and how long the streams it checked its cached aggregates against were. A write answers its
 * partnership's sequence from its receipt rather than from a read after its commit (which could fail after
 * the act was stored), and a commit cut off mid-way is settled by looking the receipt's events up. Axon's
 * simple command bus handles a command on the thread that sends it, so the events are appended (and the
 * cache checked) on the thread that opened the receipt. A receipt also holds the write's events until its
 * commit ({@link HeldAppend}), and tells whether the write decides on its partnership as cached.
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
     * this thread just read it in its partnership's turn, if a write opened a receipt here.
     */
    void recordStored(String stream, Optional<Long> lastSequenceNumber) {
        Receipt receipt = open.get();
        if (receipt != null) {
            receipt.stored.put(stream, lastSequenceNumber);
        }
    }

    /**
     * The last sequence number (Axon's, from 0) that the store holds of {@code stream}: as the write on this
     * thread read it in its turn, else read by {@code read} now (and noted, if a write opened a receipt here).
     * No other write appends to the stream while this one has its turn, so one read serves the whole write.
     */
    Optional<Long> lastStored(String stream, Function<String, Optional<Long>> read) {
        Receipt receipt = open.get();
        return receipt == null ? read.apply(stream) : receipt.stored.computeIfAbsent(stream, read);
    }

    /**
     * Whether a cached aggregate of {@code stream} whose last event is {@code cachedVersion} may be decided on:
     * at once, noting the version, for the stream that the write on this thread decides on as cached
     * ({@link Receipt#decideOnCache}); otherwise only if the store's last sequence number, as {@link #lastStored}
     * knows it, is the same.
     */
    boolean isCurrent(String stream, long cachedVersion, Function<String, Optional<Long>> read) {
        Receipt receipt = open.get();
        if (receipt != null && receipt.cached != null && receipt.cached.stream().equals(stream)) {
            receipt.decidedAt = cachedVersion;
            return true;
        }
        return lastStored(stream, read).filter(last -> last == cachedVersion).isPresent();
    }

    /**
     * Holds {@code append} on the receipt of the write on this thread until the write commits, if the write
     * asked for that ({@link Receipt#holdAppendsUntilCommit}); false, and nothing held, otherwise.
     */
    boolean holdUntilCommit(HeldAppend append) {
        Receipt receipt = open.get();
        if (receipt == null || !receipt.holdsAppends) {
            return false;
        }
        receipt.held =
                receipt.cached == null ? append : append.inTurn(receipt.cached.lockSpace(), receipt.cached.lockKey());
        return true;
    }

    /** Sends what the write on this thread held back, in its transaction, for a write that appends again. */
    void sendHeld(Connection connection) throws SQLException {
        Receipt receipt = open.get();
        if (receipt != null && receipt.held != null) {
            receipt.held.send(connection);
            receipt.held = null;
        }
    }

    /** Notes events that were just appended on this thread, if a write opened a receipt here. */
    void record(List<? extends EventMessage<?>> appended) {
        Receipt receipt = open.get();
        if (receipt != null) {
            appended.forEach(receipt::add);
        }
    }

    /** A stream decided on as cached, and its turn's advisory lock. */
    private record CachedStream(String stream, int lockSpace, int lockKey) {}

    /** The events one write appended, in the order they were appended. */
    public final class Receipt implements AutoCloseable {

        private final List<DomainEventMessage<?>> appended = new ArrayList<>();
        /** The last sequence number of each stream as the write read it, before its own events. */
        private final Map<String, Optional<Long>> stored = new HashMap<>();

        private boolean holdsAppends;
        private HeldAppend held;
        /** The stream the write decides on as cached, and its turn's lock, taken with the held events. */
        private CachedStream cached;
        /** The version of the cached aggregate the write decided on, if the cache had it. */
        private Long decidedAt;

        private Receipt() {}

        /**
         * Lets the write decide on {@code stream} as the cache holds it, without reading how long the stream is
         * in the store first; the held events then take the stream's turn, the advisory lock ({@code lockSpace},
         * {@code lockKey}), in their round trip. An event appended at a sequence another writer took since is
         * refused by the store's unique key; a write that appends nothing must {@link #decidedOnStale confirm}
         * its decision in turn.
         */
        public void decideOnCache(String stream, int lockSpace, int lockKey) {
            cached = new CachedStream(stream, lockSpace, lockKey);
        }

        /** Whether the write decides on its stream as cached ({@link #decideOnCache}). */
        public boolean decidesOnCache() {
            return cached != null;
        }

        /**
         * Whether the write decided on a cached aggregate behind the store, by the stream's length as its turn
         * read it since: another instance wrote to the stream after the cache last saw it.
         */
        public boolean decidedOnStale() {
            return cached != null
                    && decidedAt != null
                    && !Optional.of(decidedAt).equals(stored.getOrDefault(cached.stream(), Optional.empty()));
        }

        /**
         * Holds the events the write appends from now on until it commits, when {@link #heldAppend} sends them
         * with the COMMIT; a write that does so commits that way.
         */
        public void holdAppendsUntilCommit() {
            holdsAppends = true;
        }

        /** The events held back for the commit, if the write appended any since it said to hold them. */
        public Optional<HeldAppend> heldAppend() {
            return Optional.ofNullable(held);
        }

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
            Optional<Long> read = stored.get(stream);
            return own.isPresent() || read == null
                    ? own
                    : OptionalLong.of(read.map(last -> last + 1).orElse(0L));
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
