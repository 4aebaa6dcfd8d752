package fi.hoitomalli.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Concurrent phone-hour setup saves on POSTGRESQL, at every supported isolation level. */
class PostgresPhonePlanRaceTest extends PhonePlanRaceScenarios {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.POSTGRESQL);

    @Override
    DatabaseExtension db() {
        return DB;
    }
}
