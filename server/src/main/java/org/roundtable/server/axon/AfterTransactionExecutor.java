package org.roundtable.server.axon;

import java.util.concurrent.Executor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands each task to {@code delegate} once the database transaction of the thread handing it over has
 * ended, or at once outside one. Axon schedules a snapshot when the write's unit of work commits, which is
 * before the write's own transaction does ({@code WriteTransaction} commits after the command): the
 * snapshot thread could then read the partnership without the write's events, or, for a partnership whose
 * every event was in that write, find none and fail ("DomainEventStream.peek() is null" in the log). A
 * task handed over in a transaction that rolls back still runs: Axon releases its note of the snapshot in
 * progress only when the task ends, and a snapshot of what is committed is right either way.
 */
final class AfterTransactionExecutor implements Executor {

    private final Executor delegate;

    AfterTransactionExecutor(Executor delegate) {
        this.delegate = delegate;
    }

    @Override
    public void execute(Runnable task) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            delegate.execute(task);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                delegate.execute(task);
            }
        });
    }
}
