package org.roundtable.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Several clients doing the same thing at once, each in a thread of its own and as fast as it is
 * answered: first for a warm-up, then for a measured window. An operation counts when it completes within
 * the window, and its duration is recorded then. The first failure of any client stops them all.
 */
final class Load {

    /** One client's next operation. */
    interface Operation {
        void run() throws Exception;
    }

    /**
     * What the clients achieved in the window.
     *
     * @param operations operations completed within it
     * @param window     its length
     * @param latencies  their durations
     */
    record Outcome(long operations, Duration window, Latencies latencies) {

        double perSecond() {
            return operations / (window.toNanos() / 1e9);
        }
    }

    private Load() {}

    /** Runs {@code clients} clients, client {@code i} doing {@code operations.apply(i)} over and over. */
    static Outcome run(int clients, IntFunction<Operation> operations, Duration warmUp, Duration window)
            throws InterruptedException {
        long windowStart = System.nanoTime() + warmUp.toNanos();
        long windowEnd = windowStart + window.toNanos();
        AtomicLong completed = new AtomicLong();
        Latencies latencies = new Latencies();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            Operation operation = operations.apply(client);
            Thread thread = new Thread(
                    () -> {
                        try {
                            while (failure.get() == null) {
                                long started = System.nanoTime();
                                if (started - windowEnd >= 0) {
                                    return;
                                }
                                operation.run();
                                long ended = System.nanoTime();
                                if (ended - windowStart >= 0 && ended - windowEnd < 0) {
                                    completed.incrementAndGet();
                                    latencies.record(ended - started);
                                }
                            }
                        } catch (Exception e) {
                            failure.compareAndSet(null, e);
                        }
                    },
                    "bench-client-" + client);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("A client failed: " + failure.get().getMessage(), failure.get());
        }
        return new Outcome(completed.get(), window, latencies);
    }
}
