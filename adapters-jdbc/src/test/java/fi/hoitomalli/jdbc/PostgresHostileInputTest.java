package fi.hoitomalli.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The hostile-input suite on the JDBC stores on PostgreSQL. */
class PostgresHostileInputTest extends JdbcHostileInput {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.POSTGRESQL);

    @Override
    DatabaseExtension db() {
        return DB;
    }
}
