package fi.hoitomalli.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.Absences;

/**
 * JSON shape of the calendar types that are not records: {@code Absences} as
 * {@code {"absences":[…]}}. {@code WorkingCalendar} and {@code PayrollRuns} map as records (the latter
 * with a {@code "type"} property, see {@link Mixins}).
 */
final class CalendarJson {

    private CalendarJson() {
    }

    record AbsencesShape(List<Absence> absences) {
    }

    static void register(SimpleModule module) {
        Constituents.register(module, Absences.class, AbsencesShape.class,
                absences -> new AbsencesShape(absences.all()),
                shape -> Absences.of(shape.absences()));
    }
}
