package no.treklover.support;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Closeable;
import java.io.IOException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Counts, per HTTP request on the server, the SQL statements the app sends and the transactions they run in.
 *
 * <p>The app's {@code dataSource} is wrapped (JDK proxies down to the statements), and a servlet filter in front
 * of all others (Spring Session's and Spring Security's included) records what its thread sends while it handles
 * one request. A statement outside a transaction (auto-commit) counts as a transaction of its own. Work on other
 * threads (the audit sealer, mail after commit) is not counted. Tests read a request back with
 * {@link #awaitRequest}; recordings are kept for the last {@value #KEPT} requests.
 */
@Component
public class RequestStatementCounter implements BeanPostProcessor, Filter, Ordered {

    private static final int KEPT = 200;
    private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

    private final Deque<Recording> recent = new ConcurrentLinkedDeque<>();

    /** What one request sent to the database. */
    public static final class Recording {
        private final String method;
        private final String uri;
        private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
        private int commits;
        private int rollbacks;
        private int autoCommitStatements;
        private int connections;

        Recording(String method, String uri) {
            this.method = method;
            this.uri = uri;
        }

        public String method() {
            return method;
        }

        public String uri() {
            return uri;
        }

        public List<String> statements() {
            return List.copyOf(statements);
        }

        public long statementCount() {
            return statements.size();
        }

        public long count(Predicate<String> sql) {
            return statements().stream().filter(sql).count();
        }

        /** Committed or rolled back transactions, each auto-commit statement counted as one. */
        public int transactions() {
            return commits + rollbacks + autoCommitStatements;
        }

        public int commits() {
            return commits;
        }

        public int rollbacks() {
            return rollbacks;
        }

        /** Connections taken from the pool. */
        public int connections() {
            return connections;
        }

        /** Statements plus transaction ends: what the request waited for the database. */
        public long roundTrips() {
            return statements.size() + commits + rollbacks;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("%s %s: %d statements, %d transactions (%d commits, %d rollbacks, %d auto-commit), %d connections%n"
                    .formatted(method, uri, statements.size(), transactions(), commits, rollbacks, autoCommitStatements,
                            connections));
            statements().forEach(sql -> text.append("  ").append(sql.replaceAll("\\s+", " ")).append('\n'));
            return text.toString();
        }
    }

    /** Inserts into the audit log (the audit package buffers them to one per transaction). */
    public static boolean isAuditInsert(String sql) {
        return sql.replaceAll("\\s+", " ").toLowerCase().contains("insert into audit_entry");
    }

    /** The newest recorded request whose path (and query) starts with {@code uriPrefix}, waiting up to 5 s. */
    public Recording awaitRequest(String method, String uriPrefix) {
        Instant until = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(until)) {
            Optional<Recording> found = recent.stream()
                    .filter(r -> r.method.equals(method) && r.uri.startsWith(uriPrefix))
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no recorded request " + method + " " + uriPrefix);
    }

    /** Forgets what was recorded, so the next {@link #awaitRequest} finds only a later request. */
    public void clear() {
        recent.clear();
    }

    // the filter

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String uri = http.getRequestURI() + (http.getQueryString() == null ? "" : "?" + http.getQueryString());
        Recording recording = new Recording(http.getMethod(), uri);
        CURRENT.set(recording);
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT.remove();
            recent.addLast(recording);
            while (recent.size() > KEPT) {
                recent.pollFirst();
            }
        }
    }

    // the data source

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
            return JdbcProxy.of(dataSource, new Class<?>[] {DataSource.class, Closeable.class}, (target, method, args) -> {
                Object result = JdbcProxy.invoke(target, method, args);
                if (method.getName().equals("getConnection")) {
                    Recording recording = CURRENT.get();
                    if (recording != null) {
                        recording.connections++;
                    }
                    return connection((Connection) result);
                }
                return result;
            });
        }
        return bean;
    }

    private static Connection connection(Connection connection) {
        return JdbcProxy.of(connection, new Class<?>[] {Connection.class}, (target, method, args) -> {
            Object result = JdbcProxy.invoke(target, method, args);
            Recording recording = CURRENT.get();
            switch (method.getName()) {
                case "prepareStatement", "prepareCall" -> {
                    Class<?> type = result instanceof CallableStatement ? CallableStatement.class : PreparedStatement.class;
                    return statement((Statement) result, type, (String) args[0], connection);
                }
                case "createStatement" -> {
                    return statement((Statement) result, Statement.class, null, connection);
                }
                case "commit" -> {
                    if (recording != null) {
                        recording.commits++;
                    }
                }
                case "rollback" -> {
                    if (recording != null && (args == null || args.length == 0)) {
                        recording.rollbacks++;
                    }
                }
                default -> {
                }
            }
            return result;
        });
    }

    private static Statement statement(Statement statement, Class<?> type, String preparedSql, Connection connection) {
        return JdbcProxy.of(statement, new Class<?>[] {type}, (target, method, args) -> {
            if (method.getName().startsWith("execute")) {
                String sql = preparedSql != null ? preparedSql
                        : args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
                Recording recording = CURRENT.get();
                if (recording != null) {
                    recording.statements.add(method.getName().equals("executeBatch") ? "[batch] " + sql : sql);
                    if (connection.getAutoCommit()) {
                        recording.autoCommitStatements++;
                    }
                }
            }
            return JdbcProxy.invoke(target, method, args);
        });
    }
}
