package fi.hoitomalli.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Concurrent phone-hour setup saves on H2, at every supported isolation level. */
class H2PhonePlanRaceTest extends PhonePlanRaceScenarios {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.H2);

    @Override
    DatabaseExtension db() {
        return DB;
    }
}
