package fi.hoitomalli.testkit;

import fi.hoitomalli.clock.ClockActivities;

/** The in-memory store of the annual clock's activities passes the port's contract. */
class InMemoryClockActivitiesTest extends ClockActivitiesContract {

    @Override
    protected ClockActivities newClockActivities() {
        return new InMemoryClockActivities();
    }
}
