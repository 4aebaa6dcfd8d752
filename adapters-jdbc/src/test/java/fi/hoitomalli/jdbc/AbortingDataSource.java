package fi.hoitomalli.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * A DataSource whose statements fail as a database fails them when a concurrent transaction gets in the
 * way: once armed, the next {@code times} executions of a statement whose SQL starts with a prefix throw
 * the given exception (a serialization failure, a deadlock, a lock timeout…) instead of running. Counts how
 * often such a statement was executed. Test code only: proxies stand in for the driver's classes.
 */
final class AbortingDataSource extends ProxyingDataSource {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeUpdate", "executeQuery", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");

    private final AtomicReference<String> prefix = new AtomicReference<>("\u0000never");
    private final AtomicReference<SQLException> failure = new AtomicReference<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger executions = new AtomicInteger();

    AbortingDataSource(DataSource delegate) {
        super(delegate);
    }

    /** Fails the next {@code times} executions of statements starting with {@code sqlPrefix}. */
    void abort(String sqlPrefix, int times, SQLException exception) {
        prefix.set(sqlPrefix);
        failure.set(exception);
        failuresLeft.set(times);
        executions.set(0);
    }

    /** How often a statement with the prefix was executed (or failed in its place) since {@link #abort}. */
    int executions() {
        return executions.get();
    }

    @Override
    Connection connected(Connection connection) {
        return proxy(Connection.class, connection, (method, args) -> {
            Object result = invoke(connection, method, args);
            if (result instanceof PreparedStatement statement && args != null && args[0] instanceof String sql
                    && sql.startsWith(prefix.get())) {
                return watched(statement);
            }
            return result;
        });
    }

    private PreparedStatement watched(PreparedStatement statement) {
        return proxy(PreparedStatement.class, statement, (method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                executions.incrementAndGet();
                if (failuresLeft.getAndDecrement() > 0) {
                    throw failure.get();
                }
            }
            return invoke(statement, method, args);
        });
    }
}
