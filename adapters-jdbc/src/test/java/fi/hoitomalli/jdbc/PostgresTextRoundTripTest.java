package fi.hoitomalli.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Every character the text policy allows, through the stores on POSTGRESQL. */
class PostgresTextRoundTripTest extends TextRoundTripScenarios {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.POSTGRESQL);

    @Override
    DatabaseExtension db() {
        return DB;
    }
}
