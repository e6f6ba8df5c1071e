package org.roundtable.server.axon;

import java.util.function.Supplier;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The event storage engine's transactions: an append or a snapshot joins the caller's transaction or begins
 * one, as before; a read joins the caller's transaction if there is one, and otherwise runs without one.
 * The engine reads with one statement, or (the store's tail past a gap) with statements that each stand
 * alone; a transaction of its own around them added a {@code BEGIN} and a {@code COMMIT} round trip to every
 * read of the tail that the event store makes for the views, about one for every two votes under load.
 */
final class ReadsBeginNoTransaction implements TransactionManager {

    private final TransactionManager transactions;

    ReadsBeginNoTransaction(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public Transaction startTransaction() {
        return transactions.startTransaction();
    }

    @Override
    public <T> T fetchInTransaction(Supplier<T> read) {
        return TransactionSynchronizationManager.isActualTransactionActive()
                ? transactions.fetchInTransaction(read)
                : read.get();
    }
}
