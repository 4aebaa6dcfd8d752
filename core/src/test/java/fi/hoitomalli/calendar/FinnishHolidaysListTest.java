package fi.hoitomalli.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** PH-6: the computed Finnish holidays of 2024–2030 equal a list written out by hand. */
class FinnishHolidaysListTest {

    private static final String[] HOLIDAYS = {
        // 2024: Easter 31 Mar
        "2024-01-01", "2024-01-06", "2024-03-29", "2024-03-31", "2024-04-01", "2024-05-01", "2024-05-09",
        "2024-05-19", "2024-06-21", "2024-06-22", "2024-11-02", "2024-12-06", "2024-12-24", "2024-12-25", "2024-12-26",
        // 2025: Easter 20 Apr
        "2025-01-01", "2025-01-06", "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-01", "2025-05-29",
        "2025-06-08", "2025-06-20", "2025-06-21", "2025-11-01", "2025-12-06", "2025-12-24", "2025-12-25", "2025-12-26",
        // 2026: Easter 5 Apr
        "2026-01-01", "2026-01-06", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-14",
        "2026-05-24", "2026-06-19", "2026-06-20", "2026-10-31", "2026-12-06", "2026-12-24", "2026-12-25", "2026-12-26",
        // 2027: Easter 28 Mar
        "2027-01-01", "2027-01-06", "2027-03-26", "2027-03-28", "2027-03-29", "2027-05-01", "2027-05-06",
        "2027-05-16", "2027-06-25", "2027-06-26", "2027-11-06", "2027-12-06", "2027-12-24", "2027-12-25", "2027-12-26",
        // 2028: Easter 16 Apr
        "2028-01-01", "2028-01-06", "2028-04-14", "2028-04-16", "2028-04-17", "2028-05-01", "2028-05-25",
        "2028-06-04", "2028-06-23", "2028-06-24", "2028-11-04", "2028-12-06", "2028-12-24", "2028-12-25", "2028-12-26",
        // 2029: Easter 1 Apr
        "2029-01-01", "2029-01-06", "2029-03-30", "2029-04-01", "2029-04-02", "2029-05-01", "2029-05-10",
        "2029-05-20", "2029-06-22", "2029-06-23", "2029-11-03", "2029-12-06", "2029-12-24", "2029-12-25", "2029-12-26",
        // 2030: Easter 21 Apr
        "2030-01-01", "2030-01-06", "2030-04-19", "2030-04-21", "2030-04-22", "2030-05-01", "2030-05-30",
        "2030-06-09", "2030-06-21", "2030-06-22", "2030-11-02", "2030-12-06", "2030-12-24", "2030-12-25", "2030-12-26",
    };

    @Test
    void ph6_holidays2024to2030MatchTheWrittenList() {
        Set<LocalDate> expected = new TreeSet<>();
        for (String d : HOLIDAYS) {
            expected.add(LocalDate.parse(d));
        }
        List<LocalDate> computed = new ArrayList<>();
        for (int year = 2024; year <= 2030; year++) {
            FinnishHolidays.of(year).forEach(h -> computed.add(h.date()));
        }
        assertThat(computed).containsExactlyElementsOf(expected);
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() <= 2030; d = d.plusDays(1)) {
            assertThat(FinnishHolidays.isHoliday(d)).as(d.toString()).isEqualTo(expected.contains(d));
        }
    }

    @Test
    void ph6_midsummerEveAndChristmasEveAreNotWorkingDays() {
        WorkingCalendar calendar = WorkingCalendar.vantaaDefault();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 20))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 24))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 23))).isTrue();
    }
}
