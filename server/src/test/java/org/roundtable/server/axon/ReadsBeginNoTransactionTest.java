package org.roundtable.server.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ReadsBeginNoTransactionTest {

    /** Counts the transactions begun and committed through it. */
    private static final class Counted implements TransactionManager {

        final AtomicInteger begun = new AtomicInteger();
        final AtomicInteger committed = new AtomicInteger();

        @Override
        public Transaction startTransaction() {
            begun.incrementAndGet();
            return new Transaction() {
                @Override
                public void commit() {
                    committed.incrementAndGet();
                }

                @Override
                public void rollback() {}
            };
        }
    }

    private final Counted spring = new Counted();
    private final TransactionManager engines = new ReadsBeginNoTransaction(spring);

    @AfterEach
    void noTransactionLeftOnTheThread() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void aReadOutsideAnyTransactionBeginsNone() {
        assertThat(engines.fetchInTransaction(() -> "events")).isEqualTo("events");

        assertThat(spring.begun).hasValue(0);
    }

    @Test
    void aReadInTheCallersTransactionJoinsIt() {
        TransactionSynchronizationManager.setActualTransactionActive(true);

        assertThat(engines.fetchInTransaction(() -> "events")).isEqualTo("events");

        assertThat(spring.begun).hasValue(1);
        assertThat(spring.committed).hasValue(1);
    }

    @Test
    void anAppendAlwaysRunsInATransaction() {
        AtomicInteger appended = new AtomicInteger();

        engines.executeInTransaction(appended::incrementAndGet);

        assertThat(appended).hasValue(1);
        assertThat(spring.begun).hasValue(1);
        assertThat(spring.committed).hasValue(1);
    }
}
