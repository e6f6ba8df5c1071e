package org.roundtable.server.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Stands between the server and its connection pool, and can break the commit of the next transaction
 * that appends events, as a connection that fails during COMMIT does: PostgreSQL may or may not have
 * committed, and the driver reports an I/O error (SQLSTATE 08006) either way. It can also make the
 * database unreachable for a while after that, so that the server cannot find out what happened. Dormant
 * until a test {@link #breakNextEventCommit arms} it.
 */
@TestComponent
public class BreakableCommits implements BeanPostProcessor {

    /** What the next commit of events does. */
    public enum Break {
        /** PostgreSQL commits, then the connection fails before it could say so. */
        AFTER_COMMITTING,
        /** The connection fails before PostgreSQL commits: it rolls the transaction back. */
        BEFORE_COMMITTING
    }

    private final AtomicReference<Break> armed = new AtomicReference<>();
    private volatile Duration pendingUnreachable = Duration.ZERO;
    private volatile long unreachableUntil;

    /**
     * Breaks the next commit of a transaction that appends events, then refuses every new connection for
     * {@code unreachableFor} (zero: none).
     */
    public void breakNextEventCommit(Break how, Duration unreachableFor) {
        unreachableUntil = 0;
        pendingUnreachable = unreachableFor;
        armed.set(how);
    }

    /** Whether the armed break has happened. */
    public boolean broke() {
        return armed.get() == null;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Breaking)) {
            return new Breaking(dataSource);
        }
        return bean;
    }

    /** The pool's data source, handing out connections whose commit the test can break. */
    private final class Breaking extends DelegatingDataSource {

        Breaking(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            refuseWhileUnreachable();
            return watched(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            refuseWhileUnreachable();
            return watched(super.getConnection(username, password));
        }
    }

    private void refuseWhileUnreachable() throws SQLTransientConnectionException {
        if (System.currentTimeMillis() < unreachableUntil) {
            throw new SQLTransientConnectionException("The test made the database unreachable", "08001");
        }
    }

    private Connection watched(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, new CommitWatch(connection));
    }

    /** Notes whether the transaction appends events, and breaks its commit when armed. */
    private final class CommitWatch implements InvocationHandler {

        private final Connection connection;
        private boolean appendsEvents;

        CommitWatch(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            if (method.getName().equals("prepareStatement")
                    && arguments != null
                    && arguments[0] instanceof String sql
                    && sql.contains("INSERT INTO domain_event_entry")) {
                if (sql.endsWith("; COMMIT") || connection.getAutoCommit()) {
                    return watchedCommit((PreparedStatement) call(connection, method, arguments));
                }
                appendsEvents = true;
            }
            if (method.getName().equals("commit") && appendsEvents) {
                appendsEvents = false;
                Break how = armed.getAndSet(null);
                if (how != null) {
                    breakCommit(how, connection::commit, connection::rollback);
                }
            }
            if (method.getName().equals("rollback") || method.getName().equals("commit")) {
                appendsEvents = false;
            }
            return call(connection, method, arguments);
        }

        /**
         * The statement that stores a write's events with its COMMIT, or as a transaction of its own: its
         * execution is the commit to break.
         */
        private PreparedStatement watchedCommit(PreparedStatement statement) {
            return (PreparedStatement) Proxy.newProxyInstance(
                    PreparedStatement.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class},
                    (proxy, method, arguments) -> {
                        Break how = method.getName().startsWith("execute") ? armed.getAndSet(null) : null;
                        if (how != null) {
                            // Not sent, the transaction stays open, and the write's rollback ends it.
                            breakCommit(how, statement::execute, () -> {});
                        }
                        return call(statement, method, arguments);
                    });
        }

        private void breakCommit(Break how, SqlAction commit, SqlAction rollBack) throws SQLException {
            if (how == Break.AFTER_COMMITTING) {
                commit.run();
            } else {
                rollBack.run();
            }
            unreachableUntil = System.currentTimeMillis() + pendingUnreachable.toMillis();
            throw new SQLException("An I/O error occurred while sending to the backend (broken by the test)", "08006");
        }
    }

    /** Something done to the database that may fail as JDBC fails. */
    private interface SqlAction {
        void run() throws SQLException;
    }

    private static Object call(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
