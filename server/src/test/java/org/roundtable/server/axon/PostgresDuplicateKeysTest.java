package org.roundtable.server.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;

class PostgresDuplicateKeysTest {

    private final PostgresDuplicateKeys resolver = new PostgresDuplicateKeys();

    @Test
    void aUniqueViolationIsADuplicateKeyWhereverItIsInTheChain() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("duplicate key", "23505")))
                .isTrue();
        assertThat(resolver.isDuplicateKeyViolation(
                        new EventStoreException("append failed", new SQLException("duplicate key", "23505"))))
                .isTrue();
    }

    @Test
    void aBatchInsertReportsItAsItsNextException() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", null, 0, new int[0], null);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(batch)).isTrue();
    }

    @Test
    void anyOtherFailureIsNot() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("no such table", "42P01")))
                .isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("no state")))
                .isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL at all")))
                .isFalse();
    }
}
