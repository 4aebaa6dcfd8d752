package fi.hoitomalli.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A DataSource that records what reaches the database: the connections taken, and for every prepared
 * query its SQL, its parameter count and how many rows its result set returned to the adapter. Test code
 * only: proxies stand in for the driver's classes.
 */
final class CountingDataSource extends ProxyingDataSource {

    /** One executed query: its SQL, how many parameters were bound and how many rows were read. */
    static final class Execution {
        private final String sql;
        private final AtomicInteger parameters = new AtomicInteger();
        private final AtomicInteger rows = new AtomicInteger();

        Execution(String sql) {
            this.sql = sql;
        }

        String sql() {
            return sql;
        }

        int parameters() {
            return parameters.get();
        }

        int rows() {
            return rows.get();
        }
    }

    private final AtomicInteger connections = new AtomicInteger();
    private final List<Execution> executions = new CopyOnWriteArrayList<>();

    CountingDataSource(DataSource delegate) {
        super(delegate);
    }

    /** Forgets what was counted so far. */
    void reset() {
        connections.set(0);
        executions.clear();
    }

    /** How many connections were taken since the last reset. */
    int connections() {
        return connections.get();
    }

    /** The queries run since the last reset whose SQL starts with the prefix, in order. */
    List<Execution> queries(String sqlPrefix) {
        return executions.stream().filter(e -> e.sql().startsWith(sqlPrefix)).toList();
    }

    /** Every query run since the last reset. */
    List<Execution> queries() {
        return List.copyOf(executions);
    }

    /** How many rows the queries starting with the prefix returned in all. */
    int rows(String sqlPrefix) {
        return queries(sqlPrefix).stream().mapToInt(Execution::rows).sum();
    }

    @Override
    Connection connected(Connection connection) {
        connections.incrementAndGet();
        return proxy(Connection.class, connection, (method, args) -> {
            Object result = invoke(connection, method, args);
            if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement) {
                return wrap(statement, new Execution((String) args[0]));
            }
            return result;
        });
    }

    private PreparedStatement wrap(PreparedStatement statement, Execution execution) {
        return proxy(PreparedStatement.class, statement, (method, args) -> {
            if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                execution.parameters.accumulateAndGet((Integer) args[0], Math::max);
            }
            Object result = invoke(statement, method, args);
            if (method.getName().equals("executeQuery") && result instanceof ResultSet rows) {
                executions.add(execution);
                return counting(rows, execution);
            }
            return result;
        });
    }

    private static ResultSet counting(ResultSet rows, Execution execution) {
        return proxy(ResultSet.class, rows, (method, args) -> {
            Object result = invoke(rows, method, args);
            if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                execution.rows.incrementAndGet();
            }
            return result;
        });
    }
}
