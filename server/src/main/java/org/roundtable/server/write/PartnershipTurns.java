package org.roundtable.server.write;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.RuleViolation;

/**
 * The queue of acts on each partnership on this instance: acts on one partnership are carried out one
 * after another, in the order they arrived, and an act waits for its turn in memory, before it takes a
 * database connection. Without it, every waiting act held a pooled connection while it waited for the
 * partnership's lock, so that a forum voting at once emptied the pool and acts were refused with 503.
 * Acts on different partnerships do not wait for each other, except while the views are awaited (a read
 * waits for them to show a write, or did a moment ago): then at most so many acts of the instance begin at
 * once, since more only queue for the cores, where the views' processor and that read queue behind them.
 */
final class PartnershipTurns {

    private final Map<PartnershipId, Turn> turns = new ConcurrentHashMap<>();
    private final Semaphore carriedOut;
    private final BooleanSupplier viewsAwaited;
    private final Duration patience;

    /**
     * @param patience     how long an act waits for its turn before it is answered 503 PARTNERSHIP_BUSY
     * @param actsAtOnce   how many acts, on any partnerships, begin at once at most while the views are awaited
     * @param viewsAwaited whether a read is waiting for the views to show a write, or was a moment ago
     */
    PartnershipTurns(Duration patience, int actsAtOnce, BooleanSupplier viewsAwaited) {
        this.patience = patience;
        this.carriedOut = new Semaphore(actsAtOnce, true);
        this.viewsAwaited = viewsAwaited;
    }

    /**
     * Carries out {@code act} once every act on the partnership that arrived before it has ended and, while the
     * views are awaited, fewer acts than the most at once are being carried out.
     */
    <T> T inTurn(PartnershipId partnershipId, Supplier<T> act) {
        long deadline = System.nanoTime() + patience.toNanos();
        Turn turn = turns.compute(partnershipId, (id, queued) -> (queued == null ? new Turn() : queued).join());
        try {
            if (!turn.lock.tryLock(patience.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy();
            }
            try {
                // Taken only once the partnership's turn came, so that acts queued on a busy partnership do
                // not hold places that acts on others could use.
                boolean placed = viewsAwaited.getAsBoolean();
                if (placed && !carriedOut.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    throw busy();
                }
                try {
                    return act.get();
                } finally {
                    if (placed) {
                        carriedOut.release();
                    }
                }
            } finally {
                turn.lock.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the partnership's turn", e);
        } finally {
            turns.computeIfPresent(partnershipId, (id, queued) -> queued.leave());
        }
    }

    private RuleViolation busy() {
        return new RuleViolation(
                ErrorCode.PARTNERSHIP_BUSY,
                null,
                "The acts ahead of this one did not end within %s; nothing was recorded"
                        .formatted(patience.toString().substring(2).toLowerCase()));
    }

    /** How many partnerships have acts in progress or queued: none once every act has ended. */
    int partnershipsQueued() {
        return turns.size();
    }

    /** One partnership's queue: a fair lock, and how many acts hold it or wait for it. */
    private static final class Turn {

        private final ReentrantLock lock = new ReentrantLock(true);
        /** Changed only inside the map's compute functions, which run one at a time per partnership. */
        private int acts;

        private Turn join() {
            acts++;
            return this;
        }

        /** Null, which drops the queue from the map, when the last act left it. */
        private Turn leave() {
            return --acts == 0 ? null : this;
        }
    }
}
