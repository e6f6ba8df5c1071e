package org.roundtable.server.axon;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that an append failed on PostgreSQL's unique (aggregate, sequence) key, SQLSTATE 23505, so
 * that Axon reports a lost race (ConcurrencyException) and the write can be tried again. Axon's own
 * JDBC resolver looks for SQLIntegrityConstraintViolationException, which the PostgreSQL driver never
 * throws: with it, a race lost to another instance was an EventStoreException, a 500.
 */
final class PostgresDuplicateKeys implements PersistenceExceptionResolver {

    /** unique_violation */
    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            // A batch insert reports the failed row's own error as the next exception.
            for (SQLException sql = cause instanceof SQLException first ? first : null;
                    sql != null;
                    sql = sql.getNextException()) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
