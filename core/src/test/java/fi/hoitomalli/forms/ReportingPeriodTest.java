package fi.hoitomalli.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The reporting periods of the summaries (weekly, monthly, half-yearly, yearly, custom) and their predecessors. */
class ReportingPeriodTest {

    @Test
    void isoWeekRunsMondayToSundayAcrossTheYearBoundary() {
        ReportingPeriod.IsoWeek week1 = new ReportingPeriod.IsoWeek(2027, 1);
        assertThat(week1.range()).isEqualTo(new DateRange(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 10)));
        assertThat(week1.previous()).isEqualTo(new ReportingPeriod.IsoWeek(2026, 53));
        assertThat(new ReportingPeriod.IsoWeek(2026, 53).range().from()).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void monthHalfYearAndYearHaveTheirPredecessors() {
        assertThat(new ReportingPeriod.Month(YearMonth.of(2027, 1)).previous())
                .isEqualTo(new ReportingPeriod.Month(YearMonth.of(2026, 12)));
        assertThat(new ReportingPeriod.HalfYear(2027, 1).previous()).isEqualTo(new ReportingPeriod.HalfYear(2026, 2));
        assertThat(new ReportingPeriod.HalfYear(2027, 2).range())
                .isEqualTo(new DateRange(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 12, 31)));
        assertThat(new ReportingPeriod.Year(2027).previous().range().days()).isEqualTo(365);
    }

    @Test
    void customRangeIsPrecededByAsManyDays() {
        ReportingPeriod.Custom custom = new ReportingPeriod.Custom(
                new DateRange(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 19)));
        assertThat(custom.previous().range())
                .isEqualTo(new DateRange(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 9)));
    }
}
