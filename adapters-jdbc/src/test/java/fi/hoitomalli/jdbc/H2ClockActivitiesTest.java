package fi.hoitomalli.jdbc;

import fi.hoitomalli.clock.ClockActivities;
import fi.hoitomalli.testkit.ClockActivitiesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link ClockActivities} contract on H2. */
class H2ClockActivitiesTest extends ClockActivitiesContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.H2);

    @Override
    protected ClockActivities newClockActivities() {
        return DB.emptyStores("hm_clock_activity").clockActivities();
    }
}
