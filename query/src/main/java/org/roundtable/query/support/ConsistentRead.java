package org.roundtable.query.support;

import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a view read of several statements in one read-only REPEATABLE READ transaction, so that a
 * projection batch committing between two of them cannot tear the view (a contract IN_FORCE beside
 * a partner missing from its signers).
 */
public final class ConsistentRead {

    /**
     * The transaction's first statement, sent with its BEGIN in one round trip. Spring's own isolation
     * setting changes the session's default before the transaction and back after it, a round trip each.
     */
    private static final String REPEATABLE_READ_ONLY = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    private ConsistentRead(TransactionTemplate transaction, JdbcTemplate jdbc) {
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /**
     * Reads over the data source of {@code jdbc}, in a transaction of their own unless the caller's joins
     * them (whose isolation then holds: a transaction's isolation is set before its first statement).
     */
    public static ConsistentRead over(NamedParameterJdbcTemplate jdbc) {
        JdbcTemplate template = jdbc.getJdbcTemplate();
        return new ConsistentRead(
                new TransactionTemplate(new DataSourceTransactionManager(template.getDataSource())), template);
    }

    public <T> T of(Supplier<T> read) {
        return transaction.execute(status -> {
            if (status.isNewTransaction()) {
                jdbc.execute(REPEATABLE_READ_ONLY);
            }
            return read.get();
        });
    }
}
