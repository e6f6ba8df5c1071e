package org.roundtable.server.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.roundtable.audit.AuditResult;
import org.roundtable.audit.ChainVerifier;
import org.roundtable.audit.StoredEvent;

/**
 * A chain checked on a thread of its own while the caller reads the next events: an audit read a batch
 * of rows, then hashed it, one after the other, and each took about half of its time; now the read of
 * one batch and the hashing of the one before share the machine's cores. The events are handed over in
 * batches, a few at most waiting, so an audit's memory still does not grow with the stream.
 */
final class ChainCheckBeside implements AutoCloseable {

    private static final int BATCH = 256;
    private static final int BATCHES_WAITING = 8;
    /** Handed over after the last event: the check ends there. */
    private static final List<StoredEvent> END = new ArrayList<>(0);

    private final ChainVerifier chain;
    private final BlockingQueue<List<StoredEvent>> batches = new ArrayBlockingQueue<>(BATCHES_WAITING);
    private final Future<?> checking;
    /** Set by the check at the first event that breaks the chain, so that the read can stop. */
    private volatile boolean broken;

    private List<StoredEvent> batch = new ArrayList<>(BATCH);

    ChainCheckBeside(ChainVerifier chain, ExecutorService checkers) {
        this.chain = chain;
        this.checking = checkers.submit(this::check);
    }

    /** Hands over an event read; answers false once the chain is known to be broken, when reading may stop. */
    boolean offer(StoredEvent event) {
        batch.add(event);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
        return !broken;
    }

    /** Waits until every event handed over is checked, and answers the chain's result. */
    AuditResult result() {
        if (!batch.isEmpty()) {
            hand(batch);
        }
        hand(END);
        try {
            checking.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the chain was checked", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The chain's check failed", e.getCause());
        }
        return chain.result();
    }

    /** Stops the check if the read failed before {@link #result}. */
    @Override
    public void close() {
        checking.cancel(true);
    }

    /** A {@link java.util.concurrent.Callable}'s work, so that waiting for a batch may be interrupted. */
    private Void check() throws InterruptedException {
        for (List<StoredEvent> next = batches.take(); next != END; next = batches.take()) {
            for (StoredEvent event : next) {
                if (!chain.check(event)) {
                    broken = true;
                }
            }
        }
        return null;
    }

    /** Waits while the check is busy with earlier batches, unless it has ended (failed). */
    private void hand(List<StoredEvent> events) {
        try {
            while (!batches.offer(events, 100, TimeUnit.MILLISECONDS)) {
                if (checking.isDone()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the chain was checked", e);
        }
    }
}
