package org.roundtable.server.axon;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The newest committed link of recently appended streams, so that appending to a stream usually needs
 * no read of the event before it. Only committed links are remembered, and a link is used only for the
 * exact sequence it was stored at, so a rolled-back or concurrent append can never put a wrong hash
 * in the chain; a miss just reads the store.
 */
public final class ChainHeads {

    /** A stored event's place in its stream (Axon's sequence number, from 0) and its hash. */
    record Link(long sequenceNumber, String hash) {}

    private final Cache<String, Link> heads;

    /** Remembers about {@code capacity} streams at most, dropping those appended to least. */
    ChainHeads(int capacity) {
        // Evictions on the appending thread: the bound holds as soon as an append returns.
        this.heads = Caffeine.newBuilder()
                .maximumSize(capacity)
                .executor(Runnable::run)
                .build();
    }

    /** The committed hash of event {@code sequenceNumber} of {@code stream}, or null when not remembered. */
    String hashAt(String stream, long sequenceNumber) {
        Link head = heads.getIfPresent(stream);
        return head != null && head.sequenceNumber() == sequenceNumber ? head.hash() : null;
    }

    /**
     * The sequence number (Axon's, from 0) of the newest event of {@code stream} that this instance committed,
     * when it still remembers one. Events are never taken back once committed, so the store holds at least
     * that many and one; another instance may have appended more since.
     */
    public OptionalLong newestCommitted(String stream) {
        Link head = heads.getIfPresent(stream);
        return head == null ? OptionalLong.empty() : OptionalLong.of(head.sequenceNumber());
    }

    /**
     * Remembers the appended links once their transaction commits, and not at all outside a Spring
     * transaction. Commits may be reported out of order, so a stream's head only moves forward.
     */
    void rememberOnCommit(Map<String, Link> appended) {
        if (appended.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                appended.forEach(ChainHeads.this::remember);
            }
        });
    }

    private void remember(String stream, Link link) {
        heads.asMap()
                .merge(
                        stream,
                        link,
                        (known, appended) -> appended.sequenceNumber() > known.sequenceNumber() ? appended : known);
    }
}
