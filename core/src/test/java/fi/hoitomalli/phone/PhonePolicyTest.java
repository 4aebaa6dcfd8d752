package fi.hoitomalli.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.common.InputValidation;
import fi.hoitomalli.common.InvalidInputException;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.Violation;

class PhonePolicyTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private final InputValidation validation = new InputValidation(FACTORY.getValidator());

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static PhonePolicyInput input(String opens, String closes, int window, int grid, int quiet, int payroll,
                                          String zone) {
        List<PhonePolicyInput.ServiceDay> days = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY).stream()
                .map(d -> new PhonePolicyInput.ServiceDay(d, opens, closes)).toList();
        return new PhonePolicyInput(days, window, grid, quiet, 1, true, payroll, zone);
    }

    private List<Violation> violations(PhonePolicyInput in) {
        try {
            in.toPolicy(validation);
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations();
        }
    }

    @Test
    void ph1_vantaaDefaultsAreValid() {
        PhonePolicy p = PhonePolicy.vantaaDefault();
        assertThat(p.windowMinutes()).isEqualTo(120);
        assertThat(p.gridMinutes()).isEqualTo(30);
        assertThat(p.minQuietMinutes()).isEqualTo(240);
        assertThat(p.payrollWindowMinutes()).isEqualTo(60);
        assertThat(p.serviceHours()).hasSize(5);
        assertThat(input("08:00", "16:00", 120, 30, 240, 60, "Europe/Helsinki").toPolicy(validation).windowLength())
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void ph1_windowLongerThanTheServiceDayNamesTheField() {
        List<Violation> v = violations(input("08:00", "10:00", 180, 30, 0, 60, "Europe/Helsinki"));
        assertThat(v).extracting(Violation::path).contains("windowLength");
        assertThat(v).extracting(Violation::rule).contains("fi.hoitomalli.phone.policy.windowLongerThanDay");
        assertThat(v.get(0).message().in(Language.FI)).contains("pidempi kuin");
        assertThat(v.get(0).message().in(Language.SV)).contains("längre än");
    }

    @Test
    void ph1_gridMustDivideWindowAndHours() {
        List<Violation> v = violations(input("08:00", "16:10", 120, 45, 0, 60, "Europe/Helsinki"));
        assertThat(v).extracting(Violation::rule).contains("fi.hoitomalli.phone.policy.gridWindow",
                "fi.hoitomalli.phone.policy.gridHours", "fi.hoitomalli.phone.policy.payrollLength");
    }

    @Test
    void ph3_impossibleQuietTimeNamesMinQuietTime() {
        List<Violation> v = violations(input("08:00", "16:00", 120, 30, 420, 60, "Europe/Helsinki"));
        assertThat(v).extracting(Violation::path).containsExactly("minQuietTime", "minQuietTime");
        assertThat(v.get(0).message().in(Language.EN)).contains("quiet time of 7 h is impossible");
    }

    @Test
    void ph10_unknownZoneAndBadTimesAreReportedTogether() {
        List<Violation> v = violations(input("8am", "16:00", 0, 30, 0, 60, "Mars/Olympus"));
        assertThat(v).extracting(Violation::path).contains("serviceDays[0].opens", "windowMinutes");
        List<Violation> zone = violations(input("08:00", "16:00", 120, 30, 240, 60, "Mars/Olympus"));
        assertThat(zone).extracting(Violation::path).containsExactly("zone");
    }

    @Test
    void ph6_weekendServiceHoursAreRejected() {
        PhonePolicy p = PhonePolicy.vantaaDefault();
        java.util.Map<DayOfWeek, ServiceHours> hours = new java.util.EnumMap<>(p.serviceHours());
        hours.put(DayOfWeek.SATURDAY, hours.get(DayOfWeek.MONDAY));
        assertThatThrownBy(() -> p.withServiceHours(hours)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(Violation::rule).containsExactly("PH-6"));
    }
}
