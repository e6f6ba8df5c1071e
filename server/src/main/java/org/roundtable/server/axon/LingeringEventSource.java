package org.roundtable.server.axon;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.roundtable.query.support.ViewPositions;

/**
 * The event store as the views' processor reads it: when the processor has applied everything and waits,
 * the first new event is handed over {@code linger} later, with whatever was committed meanwhile, so that
 * under a steady stream of writes a batch holds several events instead of one. Every batch costs the same
 * bookkeeping whatever its size (the token, the positions, a transaction and its commit), which a profile of
 * voting showed taking as many statements as the views' own writes. A stream that still has events ready —
 * a rebuild, a processor catching up — never lingers, nor does one while a reader waits for a view to show
 * a write.
 */
final class LingeringEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final Duration linger;
    private final ViewPositions positions;

    LingeringEventSource(
            StreamableMessageSource<TrackedEventMessage<?>> store, Duration linger, ViewPositions positions) {
        this.store = store;
        this.linger = linger;
        this.positions = positions;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        BlockingStream<TrackedEventMessage<?>> stream = store.openStream(token);
        return linger.isZero() ? stream : new Lingering(stream);
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(java.time.Instant at) {
        return store.createTokenAt(at);
    }

    @Override
    public TrackingToken createTokenSince(Duration since) {
        return store.createTokenSince(since);
    }

    /** One processor thread's stream, lingering only after it had to wait for an event. */
    private final class Lingering implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> events;

        private Lingering(BlockingStream<TrackedEventMessage<?>> events) {
            this.events = events;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (events.hasNextAvailable()) {
                return true;
            }
            boolean arrived = events.hasNextAvailable(timeout, unit);
            if (arrived) {
                positions.lingerUnlessAwaited(linger);
            }
            return arrived;
        }

        @Override
        public boolean hasNextAvailable() {
            return events.hasNextAvailable();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return events.nextAvailable();
        }

        @Override
        public void close() {
            events.close();
        }

        @Override
        public Stream<TrackedEventMessage<?>> asStream() {
            return events.asStream();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignored) {
            events.skipMessagesWithPayloadTypeOf(ignored);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            return events.setOnAvailableCallback(callback);
        }
    }
}
