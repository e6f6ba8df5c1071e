package org.roundtable.query.support;

import java.util.function.Supplier;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a view read of several statements in one read-only REPEATABLE READ transaction, so that a
 * projection batch committing between two of them cannot tear the view (a contract IN_FORCE beside
 * a partner missing from its signers).
 */
public final class ConsistentRead {

    private final TransactionTemplate transaction;

    private ConsistentRead(TransactionTemplate transaction) {
        this.transaction = transaction;
    }

    /** Reads over the data source of {@code jdbc}, joining nothing: a read is its own transaction. */
    public static ConsistentRead over(NamedParameterJdbcTemplate jdbc) {
        TransactionTemplate transaction = new TransactionTemplate(
                new DataSourceTransactionManager(jdbc.getJdbcTemplate().getDataSource()));
        transaction.setReadOnly(true);
        transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return new ConsistentRead(transaction);
    }

    public <T> T of(Supplier<T> read) {
        return transaction.execute(status -> read.get());
    }
}
