package fi.hoitomalli.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Concurrent phone-hour setup saves on MARIADB, at every supported isolation level. */
class MariaDbPhonePlanRaceTest extends PhonePlanRaceScenarios {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.MARIADB);

    @Override
    DatabaseExtension db() {
        return DB;
    }
}
