package org.roundtable.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Durations of one kind of operation filed by the tick of a load in which each ended, so that the load's windows
 * can be chosen once its warm-up is over. Safe to record into from several threads.
 */
final class Timeline {

    private final long startNanos;
    private final long tickNanos;
    private final ConcurrentMap<Long, Latencies> ticks = new ConcurrentHashMap<>();

    /** Ticks of {@code tick} each, the first starting at {@code startNanos} (System.nanoTime). */
    Timeline(long startNanos, Duration tick) {
        this.startNanos = startNanos;
        this.tickNanos = tick.toNanos();
    }

    /** An operation that ended at {@code endedNanos} (System.nanoTime) after {@code durationNanos}. */
    void record(long endedNanos, long durationNanos) {
        ticks.computeIfAbsent(Math.floorDiv(endedNanos - startNanos, tickNanos), tick -> new Latencies())
                .record(durationNanos);
    }

    /** When tick {@code tick} ends, in System.nanoTime. */
    long end(long tick) {
        return startNanos + (tick + 1) * tickNanos;
    }

    /** Operations that ended in tick {@code tick}. */
    int count(long tick) {
        Latencies ended = ticks.get(tick);
        return ended == null ? 0 : ended.count();
    }

    /** The durations of the operations that ended from tick {@code from} up to, not including, tick {@code to}. */
    Latencies between(long from, long to) {
        List<Latencies> ended = new ArrayList<>();
        for (long tick = from; tick < to; tick++) {
            Latencies inTick = ticks.get(tick);
            if (inTick != null) {
                ended.add(inTick);
            }
        }
        return Latencies.joined(ended);
    }
}
