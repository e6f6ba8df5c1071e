package org.roundtable.server.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TailReadsTest {

    private static final Duration LONG = Duration.ofMinutes(5);
    private static final int BATCH = 3;

    /** A store whose tail is the numbers up to {@code newest}, fetched a batch at a time after the last one read. */
    private static final class Store implements Function<Integer, List<Integer>> {

        private final List<Integer> fetchesAfter = new ArrayList<>();
        private volatile int newest;
        private Runnable duringFetch = () -> {};

        @Override
        public synchronized List<Integer> apply(Integer last) {
            int from = last == null ? 0 : last;
            fetchesAfter.add(from);
            duringFetch.run();
            return IntStream.rangeClosed(from + 1, Math.min(newest, from + BATCH))
                    .boxed()
                    .collect(Collectors.toList());
        }

        synchronized int fetches() {
            return fetchesAfter.size();
        }
    }

    @Test
    void aReadGoesOnWhileBatchesAreFullAndEndsAtTheFirstShortOne() {
        Store store = new Store();
        store.newest = 7;

        List<Integer> read = new TailReads(LONG).read(store, BATCH).toList();

        assertThat(read).containsExactly(1, 2, 3, 4, 5, 6, 7);
        // 1-3 and 4-6 were full, 7 alone was short: no fetch that could only come back empty.
        assertThat(store.fetchesAfter).containsExactly(0, 3, 6);
    }

    @Test
    void aReadThatCaughtUpIsFollowedByOneOnlyOnceSomethingIsCommitted() throws Exception {
        Store store = new Store();
        store.newest = 2;
        TailReads tail = new TailReads(LONG);
        assertThat(tail.read(store, BATCH).toList()).containsExactly(1, 2);

        CompletableFuture<List<Integer>> next = CompletableFuture.supplyAsync(() -> tail.<Integer>read(
                        last -> store.apply(last == null ? 2 : last), BATCH)
                .toList());
        Thread.sleep(200);
        assertThat(next).isNotDone();
        assertThat(store.fetches()).isOne();

        store.newest = 4;
        tail.eventsCommitted();

        assertThat(next.get(1, TimeUnit.MINUTES)).containsExactly(3, 4);
        assertThat(store.fetches()).isEqualTo(2);
    }

    @Test
    void aCommitAnnouncedWhileTheCatchingUpFetchRanIsNotWaitedFor() throws Exception {
        Store store = new Store();
        TailReads tail = new TailReads(LONG);
        store.duringFetch = tail::eventsCommitted;
        store.newest = 1;
        assertThat(tail.read(store, BATCH).toList()).containsExactly(1);

        // The commit counted during that fetch may not have been visible to it: the next read looks at once.
        CompletableFuture<List<Integer>> next = CompletableFuture.supplyAsync(() -> tail.<Integer>read(
                        last -> store.apply(last == null ? 1 : last), BATCH)
                .toList());

        assertThat(next.get(1, TimeUnit.MINUTES)).isEmpty();
        assertThat(store.fetches()).isEqualTo(2);
    }

    @Test
    void aReadThatCaughtUpGathersTheCommitsThatFollowTheNewsBeforeItFetches() {
        Store store = new Store();
        store.newest = 2;
        AtomicInteger gatherings = new AtomicInteger();
        TailReads tail = new TailReads(LONG, () -> {
            gatherings.incrementAndGet();
            store.newest = 5;
        });
        assertThat(tail.read(store, BATCH).toList()).containsExactly(1, 2);
        assertThat(gatherings).as("a first read fetches at once").hasValue(0);

        tail.eventsCommitted();

        assertThat(tail.<Integer>read(last -> store.apply(last == null ? 2 : last), BATCH)
                        .toList())
                .as("the event announced and those committed while the read gathered, in one read")
                .containsExactly(3, 4, 5);
        assertThat(gatherings).hasValue(1);
    }

    @Test
    void aReadThatLooksForWantOfNewsDoesNotGather() {
        Store store = new Store();
        AtomicInteger gatherings = new AtomicInteger();
        TailReads tail = new TailReads(Duration.ofMillis(50), gatherings::incrementAndGet);
        tail.read(store, BATCH).toList();

        tail.read(store, BATCH).toList();

        assertThat(gatherings).hasValue(0);
    }

    @Test
    void withoutNewsAReadLooksAnywayOnceItsPatienceIsOver() {
        Store store = new Store();
        Duration patience = Duration.ofMillis(50);
        TailReads tail = new TailReads(patience);
        tail.read(store, BATCH).toList();
        store.newest = 1;

        long started = System.nanoTime();
        List<Integer> read = tail.read(store, BATCH).toList();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(patience);
        assertThat(read).containsExactly(1);
    }

    @Test
    void onceStoppedAWaitingReadEndsEmptyAndNoReadFetches() throws Exception {
        Store store = new Store();
        TailReads tail = new TailReads(LONG);
        tail.read(store, BATCH).toList();
        CompletableFuture<List<Integer>> waiting = CompletableFuture.supplyAsync(() -> tail.<Integer>read(
                        last -> store.apply(last == null ? 0 : last), BATCH)
                .toList());
        Thread.sleep(100);

        tail.stop();

        assertThat(waiting.get(1, TimeUnit.MINUTES)).isEmpty();
        store.newest = 1;
        assertThat(new TailReads(LONG).read(store, BATCH).toList()).containsExactly(1);
        assertThat(store.fetches()).isEqualTo(2);
        assertThat(tail.read(store, BATCH).toList()).isEmpty();
        assertThat(store.fetches()).isEqualTo(2);
    }

    @Test
    void aFirstReadDoesNotWait() {
        Store store = new Store();
        store.newest = 1;

        long started = System.nanoTime();
        assertThat(new TailReads(LONG).read(store, BATCH).toList()).containsExactly(1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LONG);
    }
}
