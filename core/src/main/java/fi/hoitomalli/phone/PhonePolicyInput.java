package fi.hoitomalli.phone;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import fi.hoitomalli.common.Identifier;
import fi.hoitomalli.common.InputValidation;
import fi.hoitomalli.common.InvalidInputException;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.common.Violation;

/**
 * A phone-hour policy as handed in from outside (a settings form, an API call): times as {@code HH:mm}
 * text and lengths in minutes. {@link #toPolicy(InputValidation)} checks the field constraints and every
 * cross-field rule of {@link PhonePolicy} and reports all violations together.
 *
 * @param serviceDays the service hours per weekday
 * @param windowMinutes phone window length in minutes
 * @param gridMinutes grid in minutes
 * @param minQuietMinutes minimum quiet time per working day in minutes
 * @param minOnPhone team members on the phone at every slot
 * @param sameStartAllWeek whether the start is the same every weekday
 * @param payrollDayMinutes window length on payroll-run days; 0 drops the window
 * @param zone a time-zone id such as {@code Europe/Helsinki}
 */
public record PhonePolicyInput(
        @NotEmpty List<@Valid @NotNull ServiceDay> serviceDays,
        @Min(1) @Max(1440) int windowMinutes,
        @Min(1) @Max(1440) int gridMinutes,
        @Min(0) @Max(1440) int minQuietMinutes,
        @Min(1) @Max(50) int minOnPhone,
        boolean sameStartAllWeek,
        @Min(0) @Max(1440) int payrollDayMinutes,
        @NotBlank @Identifier String zone) {

    private static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

    /**
     * The service hours of one weekday.
     *
     * @param day the weekday
     * @param opens {@code HH:mm}
     * @param closes {@code HH:mm}, after {@code opens}
     */
    public record ServiceDay(@NotNull DayOfWeek day,
                             @NotNull @Pattern(regexp = TIME) String opens,
                             @NotNull @Pattern(regexp = TIME) String closes) {
    }

    /**
     * The policy this input describes.
     *
     * @throws InvalidInputException with every violation (field constraints, unknown zone, hours that
     *     close before they open, a weekday given twice, and the cross-field rules of {@link PhonePolicy})
     */
    public PhonePolicy toPolicy(InputValidation validation) {
        List<Violation> violations = new ArrayList<>(validation.violationsOf(this));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Map<DayOfWeek, ServiceHours> hours = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < serviceDays.size(); i++) {
            ServiceDay day = serviceDays.get(i);
            LocalTime opens = LocalTime.parse(day.opens());
            LocalTime closes = LocalTime.parse(day.closes());
            String path = "serviceDays[" + i + "]";
            if (!opens.isBefore(closes)) {
                violations.add(new Violation(path + ".closes", "fi.hoitomalli.phone.policy.closesBeforeOpens",
                        Messages.text("fi.hoitomalli.phone.policy.closesBeforeOpens", "day", day.day())));
            } else if (hours.put(day.day(), new ServiceHours(opens, closes)) != null) {
                violations.add(new Violation(path + ".day", "fi.hoitomalli.phone.policy.dayTwice",
                        Messages.text("fi.hoitomalli.phone.policy.dayTwice", "day", day.day())));
            }
        }
        ZoneId zoneId = null;
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException e) {
            violations.add(new Violation("zone", "fi.hoitomalli.phone.policy.zone",
                    Messages.text("fi.hoitomalli.phone.policy.zone", "zone", zone)));
        }
        PayrollDayRule payroll = payrollDayMinutes == 0
                ? new PayrollDayRule.Drop() : new PayrollDayRule.Shorten(Duration.ofMinutes(payrollDayMinutes));
        violations.addAll(PhonePolicy.violationsOf(hours, Duration.ofMinutes(windowMinutes),
                Duration.ofMinutes(gridMinutes), Duration.ofMinutes(minQuietMinutes), minOnPhone, payroll));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new PhonePolicy(hours, Duration.ofMinutes(windowMinutes), Duration.ofMinutes(gridMinutes),
                Duration.ofMinutes(minQuietMinutes), minOnPhone, sameStartAllWeek, payroll, zoneId);
    }
}
