package org.roundtable.server.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;
import org.roundtable.query.support.ViewPositions;

class LingeringEventSourceTest {

    private static final Duration LONG = Duration.ofSeconds(5);

    // Only its readers' and lingerers' waits are used here, never its table.
    private final ViewPositions positions = new ViewPositions(null);

    @Test
    void aStreamWithEventsReadyHandsThemOverAtOnce() throws InterruptedException {
        Stream store = new Stream(true, true);

        long started = System.nanoTime();
        boolean available = new LingeringEventSource(source(store), LONG, positions)
                .openStream(null)
                .hasNextAvailable(1, TimeUnit.SECONDS);

        assertThat(available).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LONG);
        assertThat(store.waits).isZero();
    }

    @Test
    void anEventThatHadToBeWaitedForIsHandedOverALingerLater() throws InterruptedException {
        Stream store = new Stream(false, true);
        Duration linger = Duration.ofMillis(50);

        long started = System.nanoTime();
        boolean available = new LingeringEventSource(source(store), linger, positions)
                .openStream(null)
                .hasNextAvailable(1, TimeUnit.SECONDS);

        assertThat(available).isTrue();
        assertThat(store.waits).isOne();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(linger);
    }

    @Test
    void aReaderWaitingForAViewCutsTheLingerShort() throws InterruptedException {
        Stream store = new Stream(false, true);
        CountDownLatch waiting = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try {
                waiting.countDown();
                positions.awaitBatchAfter(positions.batchesCommitted(), Duration.ofMinutes(5));
            } catch (InterruptedException e) {
                // The test is over.
            }
        });
        reader.start();
        waiting.await();

        long started = System.nanoTime();
        boolean available = new LingeringEventSource(source(store), Duration.ofMinutes(5), positions)
                .openStream(null)
                .hasNextAvailable(1, TimeUnit.SECONDS);
        reader.interrupt();
        reader.join();

        assertThat(available).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LONG);
    }

    @Test
    void noEventWithinTheTimeoutIsAnsweredAtOnce() throws InterruptedException {
        Stream store = new Stream(false, false);

        long started = System.nanoTime();
        boolean available = new LingeringEventSource(source(store), LONG, positions)
                .openStream(null)
                .hasNextAvailable(1, TimeUnit.SECONDS);

        assertThat(available).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LONG);
    }

    @Test
    void noLingerLeavesTheStoresStreamAsItIs() {
        Stream store = new Stream(false, true);

        assertThat(new LingeringEventSource(source(store), Duration.ZERO, positions).openStream(null))
                .isSameAs(store);
    }

    private static StreamableMessageSource<TrackedEventMessage<?>> source(Stream stream) {
        return (TrackingToken token) -> stream;
    }

    /** A store's stream that has events ready or not, and gets one when waited for or not. */
    private static final class Stream implements BlockingStream<TrackedEventMessage<?>> {
        private final boolean ready;
        private final boolean arrives;
        private int waits;

        Stream(boolean ready, boolean arrives) {
            this.ready = ready;
            this.arrives = arrives;
        }

        @Override
        public boolean hasNextAvailable() {
            return ready;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            waits++;
            return arrives;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.empty();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {}
    }
}
