package org.roundtable.server.axon;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The event store's reads of its tail, which feed the processors that follow the writes: a read ends at
 * the first batch shorter than a full one, and the next begins once an event has been committed on this
 * instance since the fetch that caught up, or after {@link #PATIENCE} without one. Axon's read went on
 * until a fetch came back empty, and began again as soon as it ended; under steady voting nearly half the
 * fetches found nothing, each a transaction of two queries (the fetch, and Axon's look for an event beyond
 * a gap wider than a batch): one in seven of the transactions PostgreSQL ran.
 *
 * <p>Nothing committed is missed: a commit counted before a fetch began is visible to it, and one counted
 * after makes the next read begin at once. Events that no commit of this instance announces (another
 * instance's, or one beyond a gap in the global index wider than a batch) are read within {@link #PATIENCE}
 * while this instance writes, and within the store's own poll while it is idle, as before.
 */
final class TailReads {

    /** The longest a read waits for news of a commit before it looks anyway. */
    static final Duration PATIENCE = Duration.ofMillis(100);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition committed = lock.newCondition();
    private final Duration patience;

    /** Commits announced so far; written under {@link #lock}. */
    private volatile long commits;

    /** Set when the store shuts down, after which nothing is fetched: the database may be gone. */
    private volatile boolean stopped;

    /** The commits counted before the fetch that caught up, or -1; only the reading thread touches it. */
    private long caughtUpAfter = -1;

    /** What a read that caught up does once news of a commit came, before it fetches. */
    private final Gathering gathering;

    TailReads(Gathering gathering) {
        this(PATIENCE, gathering);
    }

    /** @param patience the longest a read waits for news of a commit before it looks anyway */
    TailReads(Duration patience) {
        this(patience, () -> {});
    }

    /**
     * @param patience  the longest a read waits for news of a commit before it looks anyway
     * @param gathering what a read that caught up does once news came, before it fetches: linger for more
     */
    TailReads(Duration patience, Gathering gathering) {
        this.patience = patience;
        this.gathering = gathering;
    }

    /**
     * Waits a while after news of a commit, before the read that caught up fetches, for the commits that follow
     * it. Under steady voting a read fetched the one or two events each commit announced: one query and round
     * trip of the store every two votes, half as many as the votes' own.
     */
    @FunctionalInterface
    interface Gathering {

        /** Returns once the read should fetch, early when someone waits for what it would fetch. */
        void gather() throws InterruptedException;
    }

    /** Announces that a transaction which appended events has committed. */
    void eventsCommitted() {
        lock.lock();
        try {
            commits++;
            committed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Ends the reads: a read waiting for news ends empty, and no read fetches again. Axon's store closes its
     * reader without interrupting it, and the database's connections close soon after.
     */
    void stop() {
        lock.lock();
        try {
            stopped = true;
            committed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The tail from where {@code fetch} begins (given null) or goes on (given the last item read), in batches
     * of at most {@code batchSize}; first waits for news if the last read caught up and none came since.
     */
    <T> Stream<T> read(Function<? super T, ? extends List<? extends T>> fetch, int batchSize) {
        awaitNews();
        return StreamSupport.stream(new Batches<>(fetch, batchSize), false);
    }

    private void awaitNews() {
        if (caughtUpAfter < 0) {
            return;
        }
        long remaining = patience.toNanos();
        boolean news = false;
        lock.lock();
        try {
            while (commits == caughtUpAfter && remaining > 0 && !stopped) {
                remaining = committed.awaitNanos(remaining);
            }
            news = commits != caughtUpAfter && !stopped;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            stop();
        } finally {
            lock.unlock();
        }
        caughtUpAfter = -1;
        if (news) {
            try {
                gathering.gather();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                stop();
            }
        }
    }

    /** The batches of one read, fetched as they are consumed, up to the first short one. */
    private final class Batches<T> extends Spliterators.AbstractSpliterator<T> {

        private final Function<? super T, ? extends List<? extends T>> fetch;
        private final int batchSize;
        private Iterator<? extends T> batch;
        private boolean caughtUp;
        private T last;

        private Batches(Function<? super T, ? extends List<? extends T>> fetch, int batchSize) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.fetch = fetch;
            this.batchSize = batchSize;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            if (batch == null || !batch.hasNext()) {
                if (caughtUp || stopped) {
                    return false;
                }
                long before = commits;
                List<? extends T> fetched = fetch.apply(last);
                if (fetched.size() < batchSize) {
                    caughtUp = true;
                    caughtUpAfter = before;
                }
                batch = fetched.iterator();
                if (!batch.hasNext()) {
                    return false;
                }
            }
            last = batch.next();
            action.accept(last);
            return true;
        }
    }
}
