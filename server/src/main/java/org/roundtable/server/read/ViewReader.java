package org.roundtable.server.read;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.RuleViolation;
import org.roundtable.query.support.ViewNames;
import org.roundtable.query.support.ViewPositions;
import org.roundtable.server.write.Written;
import org.springframework.stereotype.Component;

/**
 * Reads the views of the query side. They are eventually consistent: right after a write, a view
 * may not show it yet, and something just created may still be unknown (404) for a moment, unless
 * the read names the write's sequence ({@value #MIN_SEQUENCE}) and waits for the view to reach it.
 * The reads that the query side folds from the event store itself (a proposal's trail, a partnership
 * as of an instant) come through here too; they are always current and never wait.
 */
@Component
public class ViewReader {

    /** The query parameter of every read of one partnership's view. */
    public static final String MIN_SEQUENCE = "minSequence";

    /** How long a reader waits for this server's views before it reads the stored positions again. */
    private static final Duration POLL_INTERVAL = Duration.ofMillis(10);

    private final QueryGateway queryGateway;
    private final ViewPositions positions;
    private final StreamSequence streamSequence;
    private final Duration timeout;

    ViewReader(
            QueryGateway queryGateway,
            ViewPositions positions,
            StreamSequence streamSequence,
            ReadYourWritesSettings settings) {
        this.queryGateway = queryGateway;
        this.positions = positions;
        this.streamSequence = streamSequence;
        this.timeout = settings.timeout();
    }

    /**
     * Returns once {@code view} has applied the partnership's stream up to {@code minSequence} (a
     * write's {@value Written#SEQUENCE_HEADER}), at once when it is null; refuses with VIEW_BEHIND
     * when the view has not got there within the timeout, and at once as invalid a sequence that the
     * stream does not hold yet.
     */
    public void awaitSequence(String view, PartnershipId partnershipId, Long minSequence) {
        if (minSequence == null) {
            return;
        }
        if (minSequence < 1) {
            throw new RuleViolation(
                    ErrorCode.INVALID_VALUE,
                    MIN_SEQUENCE,
                    MIN_SEQUENCE + " must be a whole number of 1 or more: the sequence a write answered");
        }
        long batchesSeen = positions.batchesCommitted();
        if (applied(partnershipId, minSequence)) {
            return;
        }
        // A sequence beyond the stored stream was answered by no write: waiting for it would hold the
        // request for the whole timeout and end in a 503 that no retry can cure.
        if (!streamSequence.holds(partnershipId, minSequence)) {
            throw new RuleViolation(
                    ErrorCode.INVALID_VALUE,
                    MIN_SEQUENCE,
                    MIN_SEQUENCE
                            + " is beyond every write of this partnership: it must be a sequence a write answered");
        }
        if (!reachesAfter(batchesSeen, partnershipId, minSequence)) {
            throw new RuleViolation(
                    ErrorCode.VIEW_BEHIND,
                    "The %s view has not reached sequence %d of this partnership yet; try again shortly"
                            .formatted(view, minSequence));
        }
    }

    /**
     * {@link #awaitSequence(String, PartnershipId, Long)} for a read that joins several views: it shows the
     * write only once each of them does.
     */
    public void awaitSequence(List<String> views, PartnershipId partnershipId, Long minSequence) {
        views.forEach(view -> awaitSequence(view, partnershipId, minSequence));
    }

    /**
     * Whether {@code view} shows the write that answered {@code minSequence} (always, when it is null), waiting
     * up to the timeout; for a page, which then shows what the view has with a word that it may be behind,
     * where the API refuses with VIEW_BEHIND.
     */
    public boolean caughtUp(String view, PartnershipId partnershipId, Long minSequence) {
        return minSequence == null || reaches(view, partnershipId, minSequence);
    }

    /** Whether {@code view} has applied the partnership's stream up to {@code sequence}, waiting up to the timeout. */
    boolean reaches(String view, PartnershipId partnershipId, long sequence) {
        // Counted before the read, so that a batch committing between the read and the wait is not slept through.
        long batchesSeen = positions.batchesCommitted();
        return applied(partnershipId, sequence) || reachesAfter(batchesSeen, partnershipId, sequence);
    }

    /**
     * Whether the views reach {@code sequence} within the timeout, once a read found them short of it
     * with {@code batchesSeen} batches committed. After each batch of this server's views it looks at the
     * positions they committed, in memory; the table, where another instance's views show, it reads again
     * only once a poll interval has passed since it last did: with readers waiting, a read of the table
     * after every batch was most of what a waiting read cost, on cores the views and the writes share.
     */
    private boolean reachesAfter(long batchesSeen, PartnershipId partnershipId, long sequence) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long storedReadAt = System.nanoTime();
        long seen = batchesSeen;
        while (System.nanoTime() - deadline < 0 && pause(seen)) {
            seen = positions.batchesCommitted();
            if (appliedHere(partnershipId) >= sequence) {
                return true;
            }
            long now = System.nanoTime();
            if (now - storedReadAt >= POLL_INTERVAL.toNanos()) {
                storedReadAt = now;
                if (appliedStored(partnershipId) >= sequence) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether every view has applied the partnership's stream up to {@code sequence}, by this server's batches or any. */
    private boolean applied(PartnershipId partnershipId, long sequence) {
        return appliedHere(partnershipId) >= sequence || appliedStored(partnershipId) >= sequence;
    }

    /** How far this server's batches took every view in the partnership's stream: one processor feeds them all. */
    private long appliedHere(PartnershipId partnershipId) {
        return positions.positionCommittedHere(ViewNames.VIEWS, partnershipId.value());
    }

    /** How far every view has applied the partnership's stream, as stored, whichever instance applied it. */
    private long appliedStored(PartnershipId partnershipId) {
        return positions.position(ViewNames.VIEWS, partnershipId.value());
    }

    /** The answer to a query that always has one. */
    public <R> R get(Object query, Class<R> view) {
        return queryGateway.query(query, ResponseTypes.instanceOf(view)).join();
    }

    /** The answer to a query about one thing, or a {@code notFound} refusal when there is none. */
    public <R> R find(Object query, Class<R> view, ErrorCode notFound, String what) {
        return find(query, view, () -> RuleViolation.notFound(notFound, what));
    }

    /** The answer to a query about one thing, or the {@code notFound} refusal when there is none. */
    public <R> R find(Object query, Class<R> view, Supplier<RuleViolation> notFound) {
        Optional<R> answer = queryGateway
                .query(query, ResponseTypes.optionalInstanceOf(view))
                .join();
        return answer.orElseThrow(notFound);
    }

    /**
     * Waits for this server's views to commit their next batch, at most the poll interval (a write
     * taken by another server is applied by its views); false when the request's thread is being
     * interrupted (the server stops), which ends the wait.
     */
    private boolean pause(long batchesSeen) {
        try {
            positions.awaitBatchAfter(batchesSeen, POLL_INTERVAL);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
