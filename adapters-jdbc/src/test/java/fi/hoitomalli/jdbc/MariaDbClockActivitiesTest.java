package fi.hoitomalli.jdbc;

import fi.hoitomalli.clock.ClockActivities;
import fi.hoitomalli.testkit.ClockActivitiesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link ClockActivities} contract on MARIADB. */
class MariaDbClockActivitiesTest extends ClockActivitiesContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.MARIADB);

    @Override
    protected ClockActivities newClockActivities() {
        return DB.emptyStores("hm_clock_activity").clockActivities();
    }
}
