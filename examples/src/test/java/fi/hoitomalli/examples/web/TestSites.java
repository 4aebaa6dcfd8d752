package fi.hoitomalli.examples.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.IdSource;
import fi.hoitomalli.forms.FormsPolicy;
import fi.hoitomalli.testkit.FormsFixture;

/** The testkit's small forms fixture (teams T-SIVI and T-SOTE, secretaries S-1…S-8) as a web site. */
final class TestSites {

    /** A Wednesday; its feedback is due on the following Wednesday (5 working days). */
    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    private TestSites() {
    }

    /** A clock standing at 10:00 (Helsinki) on {@link #TODAY}. */
    static Clock clock() {
        return Clock.fixed(TODAY.atTime(8, 0).toInstant(ZoneOffset.UTC), WorkingCalendar.HELSINKI);
    }

    /** A site over the fixture with in-memory stores and sequential ids. */
    static FormsSite site() {
        Clock clock = clock();
        FormStores stores = FormStores.inMemory(FormsFixture.accessPolicy(Absences.none(), clock));
        return FormsSite.of(stores, FormsFixture.centre(), FormsFixture.directory().orgStructure().sectors(),
                WorkingCalendar.vantaaDefault(), FormsPolicy.defaults(), clock, IdSource.sequential("F"));
    }
}
