package org.roundtable.server.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class AfterTransactionExecutorTest {

    private final List<String> ran = new ArrayList<>();
    private final Executor executor = new AfterTransactionExecutor(Runnable::run);

    @AfterEach
    void endTheTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aTaskHandedOverInATransactionRunsOnlyOnceItHasCommitted() {
        TransactionSynchronizationManager.initSynchronization();

        executor.execute(() -> ran.add("snapshot"));
        assertThat(ran).as("while the transaction is open").isEmpty();
        end(TransactionSynchronization.STATUS_COMMITTED);

        assertThat(ran).containsExactly("snapshot");
    }

    @Test
    void aTaskHandedOverInATransactionThatRollsBackStillRuns() {
        TransactionSynchronizationManager.initSynchronization();

        executor.execute(() -> ran.add("snapshot"));
        end(TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(ran).containsExactly("snapshot");
    }

    @Test
    void aTaskHandedOverOutsideATransactionRunsAtOnce() {
        executor.execute(() -> ran.add("snapshot"));

        assertThat(ran).containsExactly("snapshot");
    }

    private static void end(int status) {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, status);
    }
}
