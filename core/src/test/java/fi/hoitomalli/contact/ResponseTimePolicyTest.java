package fi.hoitomalli.contact;

import static fi.hoitomalli.contact.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.calendar.PayrollRuns;
import fi.hoitomalli.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The response time (vasteaika) counted in the own team's working hours. */
class ResponseTimePolicyTest {

    private final ResponseTimePolicy policy = ResponseTimePolicy.vantaaDefault();
    private final WorkingCalendar helsinki = WorkingCalendar.vantaaDefault();

    @Test
    void responseTimeSkipsTheWeekend() {
        assertThat(policy.dueAt(at("2027-02-05T15:00"), Duration.ofHours(8), helsinki))
                .isEqualTo(at("2027-02-08T15:00"));
    }

    @Test
    void responseTimeSkipsEasterHolidaysAcrossTheSpringDstChange() {
        // Thu 25 Mar 2027 10:00 EET; Good Friday, the weekend (DST starts Sun 28 Mar) and Easter Monday are closed
        Instant due = policy.dueAt(at("2027-03-25T10:00"), Duration.ofHours(8), helsinki);

        assertThat(due).isEqualTo(at("2027-03-30T10:00"));
        assertThat(due).isEqualTo(Instant.parse("2027-03-30T07:00:00Z"));
        assertThat(at("2027-03-25T10:00")).isEqualTo(Instant.parse("2027-03-25T08:00:00Z"));
    }

    @Test
    void responseTimeAcrossTheAutumnDstChangeKeepsLocalOfficeHours() {
        // Fri 29 Oct 2027 14:00 EEST (UTC+3); DST ends Sun 31 Oct; Mon 1 Nov 14:00 is EET (UTC+2)
        Instant due = policy.dueAt(at("2027-10-29T14:00"), Duration.ofHours(8), helsinki);

        assertThat(due).isEqualTo(Instant.parse("2027-11-01T12:00:00Z"));
    }

    @Test
    void payrollRunDaysAreWorkingDaysForTheResponseTime() {
        // Wed 10 Feb 2027 is a payroll-run day in the Vantaa default calendar
        assertThat(helsinki.isPayrollRunDay(java.time.LocalDate.of(2027, 2, 10))).isTrue();

        assertThat(policy.dueAt(at("2027-02-09T12:00"), Duration.ofHours(8), helsinki))
                .isEqualTo(at("2027-02-10T12:00"));
    }

    @Test
    void anInquiryOutsideWorkingHoursCountsFromTheNextOpening() {
        assertThat(policy.dueAt(at("2027-02-03T20:00"), Duration.ofHours(2), helsinki))
                .isEqualTo(at("2027-02-04T10:00"));
        assertThat(policy.dueAt(at("2027-02-03T06:00"), Duration.ofHours(2), helsinki))
                .isEqualTo(at("2027-02-03T10:00"));
    }

    @Test
    void workingHoursPerWeekdayComeFromThePolicyAndTheZoneFromTheTeamsCalendar() {
        ResponseTimePolicy longTuesday = new ResponseTimePolicy(
                Map.of(DayOfWeek.MONDAY, new WorkingHours(LocalTime.of(8, 0), LocalTime.of(16, 0)),
                        DayOfWeek.TUESDAY, new WorkingHours(LocalTime.of(12, 0), LocalTime.of(20, 0))),
                Duration.ofHours(8), Duration.ofHours(8));
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        WorkingCalendar swedishZone = new WorkingCalendar(stockholm, PayrollRuns.vantaaDefault(), Set.of());
        Instant mondayNoon = LocalDateTime.parse("2027-02-08T12:00").atZone(stockholm).toInstant();

        Instant due = longTuesday.dueAt(mondayNoon, Duration.ofHours(8), swedishZone);

        // Monday 12–16 (4 h) and Tuesday 12–16 (4 h); Wednesday to Sunday have no hours
        assertThat(due).isEqualTo(LocalDateTime.parse("2027-02-09T16:00").atZone(stockholm).toInstant());
    }

    @Test
    void workingTimeBetweenIsTheInverseOfDueAt() {
        Instant from = at("2027-03-25T10:00");
        Instant due = policy.dueAt(from, Duration.ofHours(30), helsinki);

        assertThat(policy.workingTimeBetween(from, due, helsinki)).isEqualTo(Duration.ofHours(30));
        assertThat(policy.workingTimeBetween(due, from, helsinki)).isEqualTo(Duration.ZERO);
    }

    @Test
    void invalidPoliciesAreRejected() {
        assertThatThrownBy(() -> new ResponseTimePolicy(Map.of(), Duration.ofHours(8), Duration.ofHours(8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResponseTimePolicy(policy.hours(), Duration.ofHours(8), Duration.ofHours(4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingHours(LocalTime.of(16, 0), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
