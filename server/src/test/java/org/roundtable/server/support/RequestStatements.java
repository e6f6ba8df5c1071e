package org.roundtable.server.support;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The SQL that requests issue on their own threads, from the first filter on, in order: each statement
 * executed (a batch once per row, as PostgreSQL executes it), and {@code BEGIN}, {@code COMMIT} and
 * {@code ROLLBACK} where the driver sends them: a BEGIN with the first statement of a transaction, a COMMIT
 * or ROLLBACK only for a transaction still open (not after a statement that committed itself). What the
 * event processors or a snapshot do meanwhile, on threads of their own, is not a request's.
 */
@TestComponent
public class RequestStatements implements BeanPostProcessor, Filter, Ordered {

    /** The header naming the recording that a request's statements go to. */
    private static final String HEADER = "Roundtable-Test-Recording";

    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();
    private final Map<String, List<String>> recordings = new ConcurrentHashMap<>();

    /** The statements issued by the requests that {@code requests} sends, one after another, through {@code client}. */
    public List<String> issuedBy(Api client, Consumer<Api> requests) {
        String name = UUID.randomUUID().toString();
        requests.accept(client.withHeader(HEADER, name));
        List<String> issued = recordings.remove(name);
        return issued == null ? List.of() : issued;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String name = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
        if (name == null) {
            chain.doFilter(request, response);
            return;
        }
        List<String> statements = new ArrayList<>();
        recording.set(statements);
        try {
            chain.doFilter(request, response);
        } finally {
            recording.remove();
            recordings.merge(name, statements, (earlier, later) -> {
                List<String> both = new ArrayList<>(earlier);
                both.addAll(later);
                return both;
            });
        }
    }

    /** Before Spring Security's filters, which could issue statements of their own. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Recording)) {
            return new Recording(dataSource);
        }
        return bean;
    }

    private void note(String what) {
        List<String> statements = recording.get();
        if (statements != null) {
            statements.add(what);
        }
    }

    /** The pool's data source, handing out connections that note what the recorded request does on them. */
    private final class Recording extends DelegatingDataSource {

        Recording(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return proxy(Connection.class, new ConnectionNotes(super.getConnection()));
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return proxy(Connection.class, new ConnectionNotes(super.getConnection(username, password)));
        }
    }

    private final class ConnectionNotes implements InvocationHandler {

        private final Connection connection;

        ConnectionNotes(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            // The driver ends only a transaction still open: one that a statement ended itself ends without a word.
            boolean ends =
                    (method.getName().equals("commit") || method.getName().equals("rollback"))
                            && connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE;
            Object result = call(connection, method, arguments);
            switch (method.getName()) {
                case "commit", "rollback" -> {
                    if (ends) {
                        note(method.getName().toUpperCase(Locale.ROOT));
                    }
                }
                case "prepareStatement" -> {
                    return proxy(PreparedStatement.class, new StatementNotes(connection, (Statement) result, (String)
                            arguments[0]));
                }
                case "createStatement" -> {
                    return proxy(Statement.class, new StatementNotes(connection, (Statement) result, null));
                }
                default -> {}
            }
            return result;
        }
    }

    private final class StatementNotes implements InvocationHandler {

        private final Connection connection;
        private final Statement statement;
        private final String prepared;
        private int batched;

        StatementNotes(Connection connection, Statement statement, String prepared) {
            this.connection = connection;
            this.statement = statement;
            this.prepared = prepared;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            String name = method.getName();
            if (name.equals("addBatch")) {
                batched++;
            } else if (name.equals("executeBatch")) {
                if (batched > 0) {
                    noteBegin();
                }
                for (; batched > 0; batched--) {
                    note(prepared);
                }
            } else if (name.startsWith("execute")) {
                noteBegin();
                note(arguments != null && arguments.length > 0 ? (String) arguments[0] : prepared);
            }
            return call(statement, method, arguments);
        }

        /** As the driver sends BEGIN: with the first statement of a transaction, none in autocommit mode. */
        private void noteBegin() throws SQLException {
            if (!connection.getAutoCommit()
                    && connection.unwrap(BaseConnection.class).getTransactionState() == TransactionState.IDLE) {
                note("BEGIN");
            }
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object call(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
