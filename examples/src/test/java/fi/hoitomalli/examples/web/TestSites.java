package fi.hoitomalli.examples.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.IdSource;
import fi.hoitomalli.forms.FormsPolicy;
import fi.hoitomalli.testkit.FormsFixture;

/** The testkit's small forms fixture (teams T-SIVI and T-SOTE, secretaries S-1…S-8) as a web site. */
final class TestSites {

    /** A Wednesday; its feedback is due on the following Wednesday (5 working days). */
    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestSites() {
    }

    /** A clock standing at 10:00 (Helsinki) on {@link #TODAY}. */
    static Clock clock() {
        return Clock.fixed(TODAY.atTime(8, 0).toInstant(ZoneOffset.UTC), WorkingCalendar.HELSINKI);
    }

    /**
     * A site over the fixture that stores through the JDBC adapter on a fresh in-memory H2 database, with
     * sequential ids.
     */
    static FormsSite site() {
        Clock clock = clock();
        String url = "jdbc:h2:mem:web-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        FormStores stores = FormStores.jdbc(FormsDatabase.open(url, "", "").stores(),
                FormsFixture.accessPolicy(Absences.none(), clock));
        return FormsSite.of(stores, FormsFixture.centre(), FormsFixture.directory().orgStructure().sectors(),
                WorkingCalendar.vantaaDefault(), FormsPolicy.defaults(), clock, IdSource.sequential("F"));
    }
}
