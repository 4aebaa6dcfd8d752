package fi.hoitomalli.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The hostile-input suite on the JDBC stores on H2. */
class H2HostileInputTest extends JdbcHostileInput {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.H2);

    @Override
    DatabaseExtension db() {
        return DB;
    }
}
