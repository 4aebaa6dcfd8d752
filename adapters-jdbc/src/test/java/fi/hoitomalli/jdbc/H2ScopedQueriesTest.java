package fi.hoitomalli.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** AX-1 in the SQL of the form stores on H2. */
class H2ScopedQueriesTest extends ScopedQueryScenarios {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.H2);

    @Override
    DatabaseExtension db() {
        return DB;
    }
}
