package org.roundtable.server.axon;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's embedded event store, telling the write on whose thread events are appended what it appended
 * ({@link AppendReceipts}), and waking the tracking processors when the events' database transaction
 * commits. Axon wakes them when the command's unit of work commits, which is the same moment unless the
 * unit of work joined a transaction begun around it (a write sent with an Idempotency-Key is stored in
 * one transaction with its key): then the processors would look before the commit, find nothing and
 * sleep until the store's next poll, a second later. The same moment is news for the store's reads of
 * its tail ({@link TailReads}).
 */
final class SpringCommitEventStore extends EmbeddedEventStore {

    private final AppendReceipts receipts;
    private final TailReads tailReads;

    SpringCommitEventStore(Builder builder, AppendReceipts receipts, TailReads tailReads) {
        super(builder);
        this.receipts = receipts;
        this.tailReads = tailReads;
    }

    /** Appends the events, in the unit of work's prepare-commit phase on the command's thread. */
    @Override
    protected void prepareCommit(List<? extends EventMessage<?>> events) {
        super.prepareCommit(events);
        receipts.record(events);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeProcessors(events);
                }
            });
        } else {
            wakeProcessors(events);
        }
    }

    /** Ends the reads of the tail first, so that none fetches once the database's connections are closed. */
    @Override
    public void shutDown() {
        tailReads.stop();
        super.shutDown();
    }

    private void wakeProcessors(List<? extends EventMessage<?>> events) {
        tailReads.eventsCommitted();
        super.afterCommit(events);
    }
}
