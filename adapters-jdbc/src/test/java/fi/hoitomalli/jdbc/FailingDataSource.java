package fi.hoitomalli.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource whose statements fail at the n-th {@code executeBatch} once armed, as a dropped connection
 * would in the middle of a bulk write; or that lets somebody else write just before the next batch is sent,
 * as a concurrent writer would. Test code only: proxies stand in for the driver's classes.
 */
final class FailingDataSource implements DataSource {

    private final DataSource delegate;
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
        this.delegate = delegate;
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
    public Connection getConnection() throws SQLException {
        return wrap(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(delegate.getConnection(username, password));
    }

    private Connection wrap(Connection connection) {
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

    @FunctionalInterface
    private interface Call {
        Object call(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> call.call(method, args);
        return type.cast(Proxy.newProxyInstance(FailingDataSource.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return delegate.isWrapperFor(iface);
    }
}
