package fi.hoitomalli.mail.archfixture;

import fi.hoitomalli.jdbc.JdbcSomething;

/**
 * Breaks every rule of {@code MailArchitectureTest} on purpose (test sources only): a public class that
 * is not the factory, using a core internal package and the JDBC adapter.
 */
public class PublicImplementation {
    public Object use() {
        return new fi.hoitomalli.reminder.internal.Hidden().toString() + new JdbcSomething();
    }
}
