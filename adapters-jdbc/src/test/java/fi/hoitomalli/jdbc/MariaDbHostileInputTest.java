package fi.hoitomalli.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The hostile-input suite on the JDBC stores on MariaDB. */
class MariaDbHostileInputTest extends JdbcHostileInput {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.MARIADB);

    @Override
    DatabaseExtension db() {
        return DB;
    }
}
