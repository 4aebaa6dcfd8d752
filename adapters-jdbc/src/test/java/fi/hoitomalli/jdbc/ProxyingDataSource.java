package fi.hoitomalli.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The plumbing of the test DataSources that watch or break what reaches the database: everything is the
 * delegate's, each connection taken goes through {@link #connected(Connection)}, and {@link #proxy} puts a
 * JDK proxy in front of a driver object. Test code only.
 */
abstract class ProxyingDataSource implements DataSource {

    private final DataSource delegate;

    ProxyingDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    /** The connection the adapter gets for one the delegate gave. */
    abstract Connection connected(Connection connection);

    /** What a proxy does with one call. */
    @FunctionalInterface
    interface Call {
        Object call(Method method, Object[] args) throws Throwable;
    }

    static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> call.call(method, args);
        return type.cast(Proxy.newProxyInstance(ProxyingDataSource.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    /** Calls the method on the target, throwing what it throws. */
    static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public final Connection getConnection() throws SQLException {
        return connected(delegate.getConnection());
    }

    @Override
    public final Connection getConnection(String username, String password) throws SQLException {
        return connected(delegate.getConnection(username, password));
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
