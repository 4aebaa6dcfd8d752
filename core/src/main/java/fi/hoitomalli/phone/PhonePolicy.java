package fi.hoitomalli.phone;

import com.google.common.collect.ImmutableSortedMap;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.InvalidInputException;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.common.Violation;

/**
 * A team's phone-hour policy (puhelinaikakäytäntö): service hours per weekday (local times, PH-10), the
 * length of a secretary's daily phone window and the grid it starts on (PH-1), the minimum quiet time
 * (PH-3), how many must be on the phone at every slot (PH-4), whether the start is the same on every
 * weekday (PH-2), what payroll-run days do to the window (PH-6) and the zone.
 *
 * <p>The <em>working day</em> of PH-3 is the weekday's service hours: quiet time = service hours minus
 * phone time. The policy itself guarantees that one window leaves enough quiet time; whether covering a
 * partner's window (two windows) does is a property of the team and is checked by the scheduler.
 *
 * <p>Construction checks every cross-field rule and throws {@link InvalidInputException} naming each
 * broken field (localised fi/sv/en): window longer than a service day, grid not dividing the window or
 * the hours, quiet time impossible, weekend service hours, a payroll-day length that is not a positive
 * grid multiple no longer than the window, more than 63 grid slots a day.
 *
 * @param serviceHours service hours per weekday (Monday–Friday only, at least one day)
 * @param windowLength the length of a phone window (default 2 h)
 * @param grid the grid windows start on and votes are given for (default 30 min)
 * @param minQuietTime the minimum quiet time per working day (default 4 h)
 * @param minOnPhone how many team members must be on the phone at every slot (default 1)
 * @param sameStartAllWeek whether a secretary's window starts at the same time every weekday
 * @param payrollDay what payroll-run days do to the window
 * @param zone the zone local times are interpreted in
 */
public record PhonePolicy(Map<DayOfWeek, ServiceHours> serviceHours, Duration windowLength, Duration grid,
                          Duration minQuietTime, int minOnPhone, boolean sameStartAllWeek,
                          PayrollDayRule payrollDay, ZoneId zone) {

    public PhonePolicy {
        serviceHours = ImmutableSortedMap.copyOf(Objects.requireNonNull(serviceHours, "serviceHours must not be null"));
        Objects.requireNonNull(windowLength, "windowLength must not be null");
        Objects.requireNonNull(grid, "grid must not be null");
        Objects.requireNonNull(minQuietTime, "minQuietTime must not be null");
        Objects.requireNonNull(payrollDay, "payrollDay must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        List<Violation> violations = violationsOf(serviceHours, windowLength, grid, minQuietTime, minOnPhone, payrollDay);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /**
     * Vantaa's defaults: Monday–Friday 08:00–16:00, 2 h windows on a 30 min grid, 4 h quiet time, one
     * secretary on the phone at every slot, the same start every weekday, 1 h windows on payroll days,
     * Europe/Helsinki.
     */
    public static PhonePolicy vantaaDefault() {
        ServiceHours hours = new ServiceHours(LocalTime.of(8, 0), LocalTime.of(16, 0));
        Map<DayOfWeek, ServiceHours> week = new java.util.EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, hours);
        }
        return new PhonePolicy(week, Duration.ofHours(2), Duration.ofMinutes(30), Duration.ofHours(4), 1, true,
                PayrollDayRule.vantaaDefault(), WorkingCalendar.HELSINKI);
    }

    /** The same policy with other service hours (checked again). */
    public PhonePolicy withServiceHours(Map<DayOfWeek, ServiceHours> hours) {
        return new PhonePolicy(hours, windowLength, grid, minQuietTime, minOnPhone, sameStartAllWeek, payrollDay, zone);
    }

    /** The same policy with the same-start flag set as given. */
    public PhonePolicy withSameStartAllWeek(boolean same) {
        return new PhonePolicy(serviceHours, windowLength, grid, minQuietTime, minOnPhone, same, payrollDay, zone);
    }

    /** The same policy with another minimum quiet time (checked again). */
    public PhonePolicy withMinQuietTime(Duration quiet) {
        return new PhonePolicy(serviceHours, windowLength, grid, quiet, minOnPhone, sameStartAllWeek, payrollDay, zone);
    }

    /** The same policy with another {@code minOnPhone} (checked again). */
    public PhonePolicy withMinOnPhone(int min) {
        return new PhonePolicy(serviceHours, windowLength, grid, minQuietTime, min, sameStartAllWeek, payrollDay, zone);
    }

    /** The same policy with another payroll-day rule (checked again). */
    public PhonePolicy withPayrollDay(PayrollDayRule rule) {
        return new PhonePolicy(serviceHours, windowLength, grid, minQuietTime, minOnPhone, sameStartAllWeek, rule, zone);
    }

    /** The same policy in another zone. */
    public PhonePolicy withZone(ZoneId other) {
        return new PhonePolicy(serviceHours, windowLength, grid, minQuietTime, minOnPhone, sameStartAllWeek, payrollDay, other);
    }

    /** The service hours of the weekday, empty when the team has no service that day. */
    public Optional<ServiceHours> hoursOn(DayOfWeek day) {
        return Optional.ofNullable(serviceHours.get(day));
    }

    /** The window length in minutes. */
    public int windowMinutes() {
        return (int) windowLength.toMinutes();
    }

    /** The grid in minutes. */
    public int gridMinutes() {
        return (int) grid.toMinutes();
    }

    /** The minimum quiet time in minutes. */
    public int minQuietMinutes() {
        return (int) minQuietTime.toMinutes();
    }

    /**
     * The window length in minutes on a payroll-run day; 0 when the policy drops the window.
     */
    public int payrollWindowMinutes() {
        return payrollDay instanceof PayrollDayRule.Shorten s ? (int) s.length().toMinutes() : 0;
    }

    /** Whether {@code t} is a grid point of the weekday's service hours (a possible slot or window start). */
    public boolean onGrid(DayOfWeek day, LocalTime t) {
        ServiceHours hours = serviceHours.get(day);
        if (hours == null || t.getSecond() != 0 || t.getNano() != 0) {
            return false;
        }
        int offset = (t.toSecondOfDay() - hours.opens().toSecondOfDay()) / 60;
        return offset >= 0 && offset % gridMinutes() == 0 && t.isBefore(hours.closes());
    }

    static List<Violation> violationsOf(Map<DayOfWeek, ServiceHours> hours, Duration window, Duration grid,
                                        Duration quiet, int minOnPhone, PayrollDayRule payrollDay) {
        List<Violation> out = new ArrayList<>();
        boolean durationsOk = positiveMinutes(window, "windowLength", out)
                & positiveMinutes(grid, "grid", out);
        if (quiet.isNegative() || quiet.toSeconds() % 60 != 0) {
            out.add(violation("minQuietTime", "fi.hoitomalli.phone.policy.wholeMinutes", "value", quiet.toMinutes()));
        }
        if (minOnPhone < 1) {
            out.add(violation("minOnPhone", "fi.hoitomalli.phone.policy.minOnPhone", "value", minOnPhone));
        }
        if (hours.isEmpty()) {
            out.add(violation("serviceHours", "fi.hoitomalli.phone.policy.noServiceDays"));
        }
        if (!durationsOk) {
            return out;
        }
        long w = window.toMinutes();
        long g = grid.toMinutes();
        if (w % g != 0) {
            out.add(violation("grid", "fi.hoitomalli.phone.policy.gridWindow", "grid", g, "window", w));
        }
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, minOnPhone));
        for (Map.Entry<DayOfWeek, ServiceHours> e : hours.entrySet()) {
            String path = "serviceHours." + e.getKey();
            int len = e.getValue().minutes();
            if (e.getKey() == DayOfWeek.SATURDAY || e.getKey() == DayOfWeek.SUNDAY) {
                out.add(new Violation(path, "PH-6", Messages.text("fi.hoitomalli.phone.policy.weekend", "day", e.getKey())));
            }
            if (len % g != 0) {
                out.add(violation(path, "fi.hoitomalli.phone.policy.gridHours", "grid", g, "day", e.getKey(),
                        "hours", hoursText(len)));
            }
            if (w > len) {
                out.add(violation("windowLength", "fi.hoitomalli.phone.policy.windowLongerThanDay", "window",
                        hoursText(w), "day", e.getKey(), "hours", hoursText(len)));
            } else if (len - w < quiet.toMinutes()) {
                out.add(violation("minQuietTime", "fi.hoitomalli.phone.policy.quietImpossible", "quiet",
                        hoursText(quiet.toMinutes()), "day", e.getKey(), "hours", hoursText(len), "window", hoursText(w)));
            }
            if ((len / g) * bits > 63) {
                out.add(violation(path, "fi.hoitomalli.phone.policy.tooManySlots", "slots", len / g));
            }
        }
        if (payrollDay instanceof PayrollDayRule.Shorten s) {
            long p = s.length().toMinutes();
            if (s.length().toSeconds() % 60 != 0 || p > w || p % g != 0) {
                out.add(violation("payrollDay.length", "fi.hoitomalli.phone.policy.payrollLength", "length",
                        hoursText(p), "window", hoursText(w), "grid", g));
            }
        }
        return out;
    }

    private static boolean positiveMinutes(Duration d, String path, List<Violation> out) {
        if (d.isNegative() || d.isZero() || d.toSeconds() % 60 != 0 || d.toMinutes() > 24 * 60) {
            out.add(violation(path, "fi.hoitomalli.phone.policy.wholeMinutes", "value", d.toMinutes()));
            return false;
        }
        return true;
    }

    private static Violation violation(String path, String key, Object... args) {
        return new Violation(path, key, Messages.text(key, args));
    }

    /** Minutes as {@code 2 h} or {@code 1 h 30 min}: the form used in every phone message. */
    static String hoursText(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
