package no.treklover.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import no.treklover.support.JdbcProxy;

/**
 * Replays a recorded request's SQL over plain JDBC: the same statements with the same parameters, on as many
 * pooled connections and in the same transactions as the request took, reading every row of every result.
 */
final class SqlReplay {

    private final DataSource dataSource;

    SqlReplay(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void replay(RecordedRequest request) throws SQLException {
        for (RecordedRequest.Lease lease : request.leases()) {
            replay(lease);
        }
    }

    private void replay(RecordedRequest.Lease lease) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            Map<Integer, Object> statements = new HashMap<>();
            for (RecordedRequest.Call call : lease.calls()) {
                Object target = call.target() == RecordedRequest.Call.CONNECTION
                        ? connection : statements.get(call.target());
                Object result = invoke(target, call);
                if (call.creates() != RecordedRequest.Call.NONE) {
                    statements.put(call.creates(), result);
                } else if (result instanceof ResultSet rows) {
                    readAll(rows);
                }
            }
        } finally {
            if (!connection.isClosed()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                connection.close();
            }
        }
    }

    private static Object invoke(Object target, RecordedRequest.Call call) throws SQLException {
        try {
            return JdbcProxy.invoke(target, call.method(), call.args());
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static void readAll(ResultSet rows) throws SQLException {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
            for (int column = 1; column <= columns; column++) {
                rows.getObject(column);
            }
        }
    }
}
