package fi.hoitomalli.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Every character the text policy allows, through the stores on H2. */
class H2TextRoundTripTest extends TextRoundTripScenarios {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.H2);

    @Override
    DatabaseExtension db() {
        return DB;
    }
}
