package fi.hoitomalli.jdbc;

import fi.hoitomalli.clock.ClockActivities;
import fi.hoitomalli.testkit.ClockActivitiesContract;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The {@link ClockActivities} contract on MARIADB, once per supported isolation level. */
@ParameterizedClass
@EnumSource(Isolation.class)
class MariaDbClockActivitiesTest extends ClockActivitiesContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.MARIADB);

    @Parameter
    Isolation isolation;

    @Override
    protected ClockActivities newClockActivities() {
        return DB.emptyStores(isolation, "hm_clock_activity").clockActivities();
    }
}
