package fi.hoitomalli.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** AX-1 in the SQL of the form stores on MARIADB. */
class MariaDbScopedQueriesTest extends ScopedQueryScenarios {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.MARIADB);

    @Override
    DatabaseExtension db() {
        return DB;
    }
}
