package fi.hoitomalli.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** AX-1 in the SQL of the form stores on POSTGRESQL. */
class PostgresScopedQueriesTest extends ScopedQueryScenarios {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.POSTGRESQL);

    @Override
    DatabaseExtension db() {
        return DB;
    }
}
