package fi.hoitomalli.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Every character the text policy allows, through the stores on MARIADB. */
class MariaDbTextRoundTripTest extends TextRoundTripScenarios {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.MARIADB);

    @Override
    DatabaseExtension db() {
        return DB;
    }
}
