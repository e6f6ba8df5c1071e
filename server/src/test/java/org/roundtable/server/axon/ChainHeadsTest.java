package org.roundtable.server.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.server.axon.ChainHeads.Link;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class ChainHeadsTest {

    private final ChainHeads heads = new ChainHeads(2);

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aHeadIsKnownOnlyOnceItsTransactionCommitted() {
        TransactionSynchronizationManager.initSynchronization();
        heads.rememberOnCommit(Map.of("river", new Link(4, "h4")));

        assertThat(heads.hashAt("river", 4)).isNull();
        commit();
        assertThat(heads.hashAt("river", 4)).isEqualTo("h4");
    }

    @Test
    void aRolledBackAppendIsNeverRemembered() {
        TransactionSynchronizationManager.initSynchronization();
        heads.rememberOnCommit(Map.of("river", new Link(4, "h4")));
        TransactionSynchronizationManager.clearSynchronization();

        assertThat(heads.hashAt("river", 4)).isNull();
    }

    @Test
    void nothingIsRememberedOutsideATransaction() {
        heads.rememberOnCommit(Map.of("river", new Link(4, "h4")));

        assertThat(heads.hashAt("river", 4)).isNull();
    }

    @Test
    void aHeadAnswersOnlyForItsOwnSequenceAndOnlyMovesForward() {
        remember("river", 5, "h5");
        remember("river", 4, "h4");

        assertThat(heads.hashAt("river", 5)).isEqualTo("h5");
        assertThat(heads.hashAt("river", 4)).isNull();
        assertThat(heads.hashAt("river", 6)).isNull();
    }

    @Test
    void theNewestCommittedEventOfAStreamIsKnownOnceCommittedAndNeverGoesBack() {
        TransactionSynchronizationManager.initSynchronization();
        heads.rememberOnCommit(Map.of("river", new Link(4, "h4")));
        assertThat(heads.newestCommitted("river")).isEmpty();
        commit();
        remember("river", 3, "h3");

        assertThat(heads.newestCommitted("river")).hasValue(4);
        assertThat(heads.newestCommitted("lake")).isEmpty();
    }

    @Test
    void remembersNoMoreStreamsThanItsCapacity() {
        remember("river", 1, "r1");
        remember("lake", 1, "l1");
        remember("sea", 1, "s1");
        remember("canal", 1, "c1");

        long remembered = Stream.of("river", "lake", "sea", "canal")
                .filter(stream -> heads.hashAt(stream, 1) != null)
                .count();
        assertThat(remembered).isLessThanOrEqualTo(2);
    }

    private void remember(String stream, long sequenceNumber, String hash) {
        TransactionSynchronizationManager.initSynchronization();
        heads.rememberOnCommit(Map.of(stream, new Link(sequenceNumber, hash)));
        commit();
    }

    private static void commit() {
        TransactionSynchronizationUtils.invokeAfterCommit(TransactionSynchronizationManager.getSynchronizations());
        TransactionSynchronizationManager.clearSynchronization();
    }
}
