package fi.hoitomalli.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A DataSource whose statements fail at the n-th {@code executeBatch} once armed, as a dropped connection
 * would in the middle of a bulk write; or that lets somebody else write just before the next batch is sent,
 * as a concurrent writer would. Test code only: proxies stand in for the driver's classes.
 */
final class FailingDataSource extends ProxyingDataSource {

    private final AtomicInteger batchesUntilFailure = new AtomicInteger(-1);
    private final AtomicInteger batchesSent = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicReference<Meanwhile> meanwhile =
            new java.util.concurrent.atomic.AtomicReference<>();

    /** What somebody else does on their own connection. */
    @FunctionalInterface
    interface Meanwhile {
        void run() throws SQLException;
    }

    FailingDataSource(DataSource delegate) {
        super(delegate);
    }

    /** Lets {@code batches} batches through, then fails the next one. */
    void failAfter(int batches) {
        batchesUntilFailure.set(batches);
    }

    /** Runs the action once, just before the next batch is sent (on the caller's thread, its own connection). */
    void beforeNextBatch(Meanwhile action) {
        meanwhile.set(action);
    }

    /** How many batches reached the database. */
    int batchesSent() {
        return batchesSent.get();
    }

    @Override
    Connection connected(Connection connection) {
        return proxy(Connection.class, connection, (method, args) -> {
            Object result = invoke(connection, method, args);
            return result instanceof PreparedStatement statement ? wrap(statement) : result;
        });
    }

    private PreparedStatement wrap(PreparedStatement statement) {
        return proxy(PreparedStatement.class, statement, (method, args) -> {
            if (method.getName().equals("executeBatch")) {
                Meanwhile action = meanwhile.getAndSet(null);
                if (action != null) {
                    action.run();
                }
                if (batchesUntilFailure.getAndDecrement() == 0) {
                    throw new SQLException("connection lost (forced by the test)", "08006");
                }
                batchesSent.incrementAndGet();
            }
            return invoke(statement, method, args);
        });
    }
}
