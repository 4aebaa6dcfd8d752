package fi.hoitomalli.clock;

import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.Messages;
import java.time.DayOfWeek;
import java.time.Month;

/** Month and weekday names from the clock's own bundles (not the JDK's locale data, which may be absent). */
final class ClockTexts {

    private ClockTexts() {
    }

    static String month(Month month, Language language) {
        return Messages.text("fi.hoitomalli.clock.month." + month.name()).in(language);
    }

    static String weekday(DayOfWeek day, Language language) {
        return Messages.text("fi.hoitomalli.clock.weekday." + day.name()).in(language);
    }
}
