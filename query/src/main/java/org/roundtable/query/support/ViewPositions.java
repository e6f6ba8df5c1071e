package org.roundtable.query.support;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * How far each view has applied each partnership's event stream (table {@code view_position}), so
 * that a reader can wait until a view shows a given write. Axon's tokens cannot tell this: a streaming
 * processor skips the event types no handler of its group takes, so its token need not reach a write
 * of such a type.
 */
@Component
public class ViewPositions {

    /** How long the views stay awaited after the last reader waiting for them stopped waiting. */
    public static final Duration AWAITED_AFTER_READ = Duration.ofMillis(50);

    private final NamedParameterJdbcTemplate jdbc;

    /**
     * Guards {@link #batchesCommitted} and {@link #readersWaiting}; readers wait on it for the next batch, the
     * lingering processor for a reader.
     */
    private final Object commits = new Object();

    private long batchesCommitted;

    private volatile int readersWaiting;

    /**
     * When the last reader stopped waiting ({@link System#nanoTime()}): the views stay awaited for
     * {@link #awaitedAfterRead} after it, since readers of their own writes come one after another.
     */
    private volatile long lastReaderLeft;

    private final long awaitedAfterRead;

    /**
     * Per view, the positions its batches on this server have committed: a floor of the stored ones, which
     * only rise (until {@link #forget}), read without a round trip by readers waiting for this server's views.
     */
    private final Map<String, Map<UUID, Long>> committedHere = new ConcurrentHashMap<>();

    @Autowired
    public ViewPositions(NamedParameterJdbcTemplate jdbc) {
        this(jdbc, AWAITED_AFTER_READ);
    }

    ViewPositions(NamedParameterJdbcTemplate jdbc, Duration awaitedAfterRead) {
        this.jdbc = jdbc;
        this.awaitedAfterRead = awaitedAfterRead.toNanos();
        this.lastReaderLeft = System.nanoTime() - this.awaitedAfterRead;
    }

    /**
     * The interceptor that records the positions {@code view}'s processor reaches, once per batch and
     * in the batch's transaction, and keeps from the view's handlers every event at or below its
     * partnership's position: each event is applied at most once. It sees only the events the view
     * has a handler for, so each view takes every event (a catch-all handler) to keep its positions
     * moving with the whole stream.
     */
    public MessageHandlerInterceptor<EventMessage<?>> recorder(String view) {
        return new PositionRecorder(view, this);
    }

    /** The highest stream sequence of the partnership that the view has applied; 0 if none yet. */
    public long position(String view, UUID partnershipId) {
        return positions(view, Set.of(partnershipId)).get(partnershipId);
    }

    /**
     * The positions of {@code view} for {@code partnerships} in one read: each partnership's highest
     * applied sequence, 0 for one it has applied nothing of.
     */
    public Map<UUID, Long> positions(String view, Set<UUID> partnerships) {
        Map<UUID, Long> positions = new HashMap<>();
        partnerships.forEach(partnership -> positions.put(partnership, 0L));
        if (partnerships.isEmpty()) {
            return positions;
        }
        jdbc.query(
                "SELECT partnership_id, sequence FROM view_position WHERE view = :view"
                        + " AND partnership_id = ANY(:partnerships)",
                new MapSqlParameterSource("view", view).addValue("partnerships", partnerships.toArray(UUID[]::new)),
                (RowCallbackHandler) row -> positions.put(row.getObject(1, UUID.class), row.getLong(2)));
        return positions;
    }

    /**
     * The position of {@code view} for the partnership as this server's own batches committed it, without
     * reading the table: 0 for one they have not moved since the server started or the view was forgotten.
     * The stored position is at least this; another instance's views may have taken it further.
     */
    public long positionCommittedHere(String view, UUID partnershipId) {
        Map<UUID, Long> committed = committedHere.get(view);
        return committed == null ? 0 : committed.getOrDefault(partnershipId, 0L);
    }

    /**
     * Whether a reader is waiting for this server's views to commit a batch, or stopped waiting less than
     * {@link #AWAITED_AFTER_READ} ago: a client that votes then reads its vote back does so again and again,
     * and the writes begun between two of its reads are what its next read waits behind.
     */
    public boolean awaited() {
        return readersWaiting > 0 || System.nanoTime() - lastReaderLeft < awaitedAfterRead;
    }

    /** How many batches of this server's views have committed their positions since it started. */
    public long batchesCommitted() {
        synchronized (commits) {
            return batchesCommitted;
        }
    }

    /**
     * Waits until this server's views commit a batch after the {@code seen}-th, or {@code atMost} has
     * passed: a reader of a view looks again as soon as it may have moved rather than on a timer. The
     * views of another server sharing the database tell nothing here, hence the bound.
     */
    public void awaitBatchAfter(long seen, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        synchronized (commits) {
            readersWaiting++;
            commits.notifyAll();
            try {
                while (batchesCommitted == seen) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return;
                    }
                    TimeUnit.NANOSECONDS.timedWait(commits, left);
                }
            } finally {
                readersWaiting--;
                lastReaderLeft = System.nanoTime();
            }
        }
    }

    /**
     * Lets the views' processor linger up to {@code atMost} for more events before it applies the one it
     * has, unless a reader is waiting for a view or starts to: batching is worth throughput, and nothing to
     * someone waiting to see a write.
     */
    public void lingerUnlessAwaited(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        synchronized (commits) {
            while (readersWaiting == 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(commits, left);
            }
        }
    }

    /** Wakes the readers waiting for a batch: one has committed, and with it {@code view}'s positions {@code reached}. */
    void batchCommitted(String view, Map<UUID, Long> reached) {
        Map<UUID, Long> committed = committedHere.computeIfAbsent(view, any -> new ConcurrentHashMap<>());
        reached.forEach((partnership, sequence) -> committed.merge(partnership, sequence, Math::max));
        synchronized (commits) {
            batchesCommitted++;
            commits.notifyAll();
        }
    }

    /** For a view's reset: a view being rebuilt must not pass for caught up. */
    public void forget(String view) {
        jdbc.update("DELETE FROM view_position WHERE view = :view", new MapSqlParameterSource("view", view));
        committedHere.remove(view);
    }

    /**
     * Raises the view's positions to {@code reached} (partnership to sequence), never lowers them:
     * a re-delivered older event must not move a position back. Callers pass a sorted map, so
     * concurrent batches lock rows in the same order.
     */
    void advance(String view, Map<UUID, Long> reached) {
        if (reached.isEmpty()) {
            return;
        }
        SqlParameterSource[] rows = reached.entrySet().stream()
                .map(position -> new MapSqlParameterSource()
                        .addValue("view", view)
                        .addValue("partnershipId", position.getKey())
                        .addValue("sequence", position.getValue()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("""
                INSERT INTO view_position (view, partnership_id, sequence)
                VALUES (:view, :partnershipId, :sequence)
                ON CONFLICT (view, partnership_id)
                DO UPDATE SET sequence = greatest(view_position.sequence, excluded.sequence)
                """, rows);
    }
}
