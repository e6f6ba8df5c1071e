package org.roundtable.server.write;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises, anywhere in a cause chain (the gateways, Axon and Spring wrap what the database throws),
 * the failures after which the same request can succeed: a write that lost a race for its
 * partnership's next sequence, and a database that cannot be reached.
 */
public final class TransientFailures {

    /** serialization_failure and deadlock_detected: PostgreSQL rolled the transaction back to break a tie. */
    private static final Set<String> LOST_RACE_STATES = Set.of("40001", "40P01");

    /** admin_shutdown, crash_shutdown, cannot_connect_now: the server is stopping or still starting. */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

    /** Class 08 of SQLSTATE: connection exceptions. */
    private static final String CONNECTION_STATE_CLASS = "08";

    private TransientFailures() {}

    /**
     * Another write appended to the partnership between this one's load of it and its append: Axon's
     * ConcurrencyException on the unique (aggregate, sequence) key, or a transaction PostgreSQL aborted
     * for the same kind of race. Nothing of the write was stored, so it can be carried out again.
     */
    public static boolean isLostRace(Throwable failure) {
        return causes(failure)
                .anyMatch(cause -> cause instanceof ConcurrencyException
                        || sqlState(cause).filter(LOST_RACE_STATES::contains).isPresent());
    }

    /**
     * The database is down, restarting or unreachable, or no connection to it came free in time. Also a
     * transaction whose commit or rollback failed in the database: with no deferred constraints, that
     * happens when the connection broke under it. Spring then throws the rollback's own failure
     * ("Connection is closed", without SQLSTATE) and keeps the I/O error of the write aside or only
     * logs it, so the cause chain does not tell.
     */
    public static boolean isDatabaseOutage(Throwable failure) {
        return causes(failure)
                .anyMatch(cause -> cause instanceof SQLTransientConnectionException
                        || cause instanceof ConnectException
                        || cause instanceof TransactionSystemException && cause.getCause() instanceof SQLException
                        || sqlState(cause)
                                .filter(state ->
                                        state.startsWith(CONNECTION_STATE_CLASS) || SHUTDOWN_STATES.contains(state))
                                .isPresent());
    }

    /** {@code failure} and every cause under it, outermost first. */
    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause);
    }

    /** The SQLSTATE of a database error that carries one (many carry none). */
    private static Optional<String> sqlState(Throwable cause) {
        return cause instanceof SQLException sql ? Optional.ofNullable(sql.getSQLState()) : Optional.empty();
    }
}
