package org.roundtable.bench;

import java.util.Arrays;
import java.util.List;

/** The durations of many requests of one kind, for their percentiles. Safe to record into from several threads. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    synchronized void record(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    /** Every duration of {@code parts} in one. */
    static Latencies joined(List<Latencies> parts) {
        Latencies joined = new Latencies();
        for (Latencies part : parts) {
            for (long duration : part.durations()) {
                joined.record(duration);
            }
        }
        return joined;
    }

    private synchronized long[] durations() {
        return Arrays.copyOf(nanos, count);
    }

    synchronized int count() {
        return count;
    }

    /**
     * The nearest-rank percentile in milliseconds: the smallest duration that at least {@code percent} %
     * of the requests took no longer than.
     */
    synchronized double percentileMillis(double percent) {
        if (count == 0) {
            throw new IllegalStateException("No request was measured");
        }
        long[] sorted = durations();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * count);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }

    double p50() {
        return percentileMillis(50);
    }

    double p99() {
        return percentileMillis(99);
    }
}
