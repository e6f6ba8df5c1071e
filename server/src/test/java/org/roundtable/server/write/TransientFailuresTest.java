package org.roundtable.server.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class TransientFailuresTest {

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08003", "08006", "57P01", "57P02", "57P03"})
    void aConnectionFailureOrAShutdownIsAnOutage(String sqlState) {
        Throwable failure = new TransactionSystemException(
                "Could not commit JDBC transaction", new SQLException("I/O error", sqlState));

        assertThat(TransientFailures.isDatabaseOutage(failure)).isTrue();
        assertThat(TransientFailures.isLostRace(failure)).isFalse();
    }

    @Test
    void noConnectionFromThePoolInTimeIsAnOutage() {
        Throwable failure = new CannotCreateTransactionException(
                "Could not open JDBC Connection",
                new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms"));

        assertThat(TransientFailures.isDatabaseOutage(failure)).isTrue();
    }

    @Test
    void aRefusedConnectionIsAnOutage() {
        assertThat(TransientFailures.isDatabaseOutage(new EventStoreException(
                        "read failed",
                        new SQLException("Connection refused", "08001", new ConnectException("refused")))))
                .isTrue();
        assertThat(TransientFailures.isDatabaseOutage(new ConnectException("refused")))
                .isTrue();
    }

    @Test
    void aTransactionThatCouldNotBeEndedInTheDatabaseIsAnOutage() {
        // As Spring reports a commit cut off with its connection: the failed rollback after it.
        Throwable rollbackFailed =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));

        assertThat(TransientFailures.isDatabaseOutage(rollbackFailed)).isTrue();
        assertThat(TransientFailures.isLostRace(rollbackFailed)).isFalse();
        assertThat(TransientFailures.isDatabaseOutage(new TransactionSystemException("no transaction to end")))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"40001", "40P01"})
    void aTransactionAbortedToBreakARaceIsALostRace(String sqlState) {
        Throwable failure = new EventStoreException("append failed", new SQLException("aborted", sqlState));

        assertThat(TransientFailures.isLostRace(failure)).isTrue();
        assertThat(TransientFailures.isDatabaseOutage(failure)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "42P01", "22001"})
    void anyOtherDatabaseErrorIsNeither(String sqlState) {
        Throwable failure = new EventStoreException("failed", new SQLException("failed", sqlState));

        assertThat(TransientFailures.isDatabaseOutage(failure)).isFalse();
        assertThat(TransientFailures.isLostRace(failure)).isFalse();
        assertThat(TransientFailures.isDatabaseOutage(new SQLException("no state")))
                .isFalse();
        assertThat(TransientFailures.isLostRace(new SQLException("no state"))).isFalse();
    }
}
