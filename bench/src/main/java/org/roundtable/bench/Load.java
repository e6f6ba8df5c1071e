package org.roundtable.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Several clients doing the same thing at once, each in a thread of its own and as fast as it is
 * answered: first until their rate is stable, or for at most a cap, then for several measured windows, each
 * figure of the outcome the median of the windows' figures. An operation counts in the tick in which it
 * completes. The first failure of any client stops them all.
 */
final class Load {

    /**
     * How a load warms up and is measured.
     *
     * @param tick      the warm-up's windows, whose rates the stability rule compares; measured windows are whole ticks
     * @param stability when the warm-up's rate counts as stable
     * @param warmUpAtLeast the shortest warm-up, however stable the rate looks before it ends: a server's JIT
     *                  compiler, competing with the load for two cores, raised the rate for minutes, in steps
     *                  with stable stretches between them
     * @param warmUpCap the longest warm-up: the load is measured then, stable or not
     * @param window    each measured window
     * @param windows   how many measured windows follow the warm-up, one after the other
     */
    record Schedule(
            Duration tick,
            Stability stability,
            Duration warmUpAtLeast,
            Duration warmUpCap,
            Duration window,
            int windows) {

        Schedule {
            if (window.toNanos() % tick.toNanos() != 0
                    || warmUpCap.compareTo(tick) < 0
                    || warmUpAtLeast.compareTo(warmUpCap) > 0
                    || windows < 1) {
                throw new IllegalArgumentException(
                        "Windows of whole ticks, at least one, after a cap of a tick or more, not below the least warm-up");
            }
        }

        /** A schedule that warms up for at most {@code cap} at first, never stable before it. */
        static Schedule at(Duration tick, Stability stability, Duration cap, Duration window, int windows) {
            return new Schedule(tick, stability, Duration.ZERO, cap, window, windows);
        }

        /** This schedule with a warm-up of at least {@code least}, and a cap raised by as much. */
        Schedule warmingUpAtLeast(Duration least) {
            return new Schedule(tick, stability, least, warmUpCap.plus(least), window, windows);
        }

        long ticksPerWindow() {
            return window.toNanos() / tick.toNanos();
        }

        /** The schedule in words, for the table. */
        String formatted() {
            String atLeast = warmUpAtLeast.isZero() ? "" : "for at least %s s, then ".formatted(seconds(warmUpAtLeast));
            return "warmed up in windows of %s s %suntil %s, at most %s s; then the median of %d windows of %s s"
                    .formatted(
                            seconds(tick),
                            atLeast,
                            stability.formatted(),
                            seconds(warmUpCap),
                            windows,
                            seconds(window));
        }
    }

    /** One client's next operation. */
    interface Operation {
        void run() throws Exception;
    }

    /**
     * What the clients achieved once warm.
     *
     * @param schedule    how the load was warmed up and measured
     * @param warmUpTicks ticks of warm-up before the first measured window
     * @param stable      whether the warm-up ended because the rate was stable, not because it reached its cap
     * @param operations  the clients' operations
     */
    record Outcome(Schedule schedule, long warmUpTicks, boolean stable, Timeline operations) {

        /** The median of the measured windows' rates. */
        double perSecond() {
            double seconds = schedule.window().toNanos() / 1e9;
            return Median.of(windows(operations).stream()
                    .mapToDouble(window -> window.count() / seconds)
                    .toArray());
        }

        double p50() {
            return percentile(operations, 50);
        }

        double p99() {
            return percentile(operations, 99);
        }

        /**
         * The median of the measured windows' percentiles of what {@code timeline}, one of this load's, recorded;
         * a window in which it recorded nothing has no percentile and is left out.
         */
        double percentile(Timeline timeline, double percent) {
            double[] percentiles = windows(timeline).stream()
                    .filter(window -> window.count() > 0)
                    .mapToDouble(window -> window.percentileMillis(percent))
                    .toArray();
            if (percentiles.length == 0) {
                throw new IllegalStateException("Nothing was measured in any window");
            }
            return Median.of(percentiles);
        }

        /** How many durations {@code timeline}, one of this load's, recorded in the measured windows. */
        int count(Timeline timeline) {
            return windows(timeline).stream().mapToInt(Latencies::count).sum();
        }

        Duration warmUp() {
            return schedule.tick().multipliedBy(warmUpTicks);
        }

        /** How long the warm-up was and why it ended, for the result's detail. */
        String warmedUp() {
            return stable
                    ? "warmed up %s s until stable".formatted(seconds(warmUp()))
                    : "warmed up %s s, the cap, not stable".formatted(seconds(warmUp()));
        }

        private List<Latencies> windows(Timeline timeline) {
            List<Latencies> windows = new ArrayList<>();
            long ticks = schedule.ticksPerWindow();
            for (int window = 0; window < schedule.windows(); window++) {
                long first = warmUpTicks + window * ticks;
                windows.add(timeline.between(first, first + ticks));
            }
            return windows;
        }
    }

    private final Schedule schedule;
    private final long startNanos = System.nanoTime();

    /** A load whose first tick starts now. */
    Load(Schedule schedule) {
        this.schedule = schedule;
    }

    /** Runs {@code clients} clients now, client {@code i} doing {@code operations.apply(i)} over and over. */
    static Outcome run(Schedule schedule, int clients, IntFunction<Operation> operations) throws InterruptedException {
        return new Load(schedule).run(clients, operations);
    }

    /** A timeline in this load's ticks, for what is timed beside its operations (P2's lags). */
    Timeline timeline() {
        return new Timeline(startNanos, schedule.tick());
    }

    /** Runs {@code clients} clients, client {@code i} doing {@code operations.apply(i)} over and over. */
    Outcome run(int clients, IntFunction<Operation> operations) throws InterruptedException {
        Timeline completed = timeline();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            Operation operation = operations.apply(client);
            Thread thread = new Thread(
                    () -> {
                        try {
                            while (!stop.get() && failure.get() == null) {
                                long started = System.nanoTime();
                                operation.run();
                                long ended = System.nanoTime();
                                completed.record(ended, ended - started);
                            }
                        } catch (Exception e) {
                            failure.compareAndSet(null, e);
                        }
                    },
                    "bench-client-" + client);
            thread.start();
            threads.add(thread);
        }
        long tick = 0;
        boolean stable = false;
        List<Double> rates = new ArrayList<>();
        try {
            long capTicks = schedule.warmUpCap().toNanos() / schedule.tick().toNanos();
            long leastTicks =
                    schedule.warmUpAtLeast().toNanos() / schedule.tick().toNanos();
            double tickSeconds = schedule.tick().toNanos() / 1e9;
            while (!stable && tick < capTicks && failure.get() == null) {
                sleepUntil(completed.end(tick));
                rates.add(completed.count(tick) / tickSeconds);
                tick++;
                stable = tick >= leastTicks && schedule.stability().reachedBy(rates);
            }
            long measuredEnd = tick + schedule.windows() * schedule.ticksPerWindow();
            for (long measured = tick; measured < measuredEnd && failure.get() == null; measured++) {
                sleepUntil(completed.end(measured));
            }
        } finally {
            stop.set(true);
            for (Thread thread : threads) {
                thread.join();
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("A client failed: " + failure.get().getMessage(), failure.get());
        }
        Outcome outcome = new Outcome(schedule, tick, stable, completed);
        // On the console only: whoever tunes the schedule sees how the rates rose and how much they wander.
        Benchmark.progress(
                "%s; the warm-up's rates: %s /s",
                outcome.warmedUp(), rates.stream().map(Figure::number).collect(Collectors.joining(", ")));
        return outcome;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private static String seconds(Duration duration) {
        return Figure.number(duration.toNanos() / 1e9);
    }
}
