package fi.hoitomalli.contact;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Maps;
import fi.hoitomalli.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The response-time policy (vasteaika): how much working time a secretary has to return with an
 * answer she promised, counted only inside the team's working hours on working days of the team's
 * {@link WorkingCalendar} (weekends, Finnish holidays and closed days do not count; payroll-run days do).
 * Local times are interpreted in the calendar's zone (Europe/Helsinki by default); durations are real
 * elapsed time between instants, so DST changes are handled.
 *
 * @param hours working hours per weekday; a weekday without an entry has none; at least one entry
 * @param answerTime working time to return with an answer, positive
 * @param escalatedAnswerTime working time when the question went up the escalation chain, at least {@code answerTime}
 */
public record ResponseTimePolicy(Map<DayOfWeek, WorkingHours> hours, Duration answerTime,
                                 Duration escalatedAnswerTime) {

    /** How far ahead a due time is looked for before the policy is declared unusable. */
    static final int SEARCH_DAYS = 3660;

    public ResponseTimePolicy {
        Objects.requireNonNull(hours, "hours must not be null");
        Objects.requireNonNull(answerTime, "answerTime must not be null");
        Objects.requireNonNull(escalatedAnswerTime, "escalatedAnswerTime must not be null");
        checkArgument(!hours.isEmpty(), "a response-time policy needs working hours on some weekday");
        hours = Maps.immutableEnumMap(hours);
        checkArgument(answerTime.compareTo(Duration.ZERO) > 0, "answer time must be positive: %s", answerTime);
        checkArgument(escalatedAnswerTime.compareTo(answerTime) >= 0,
                "escalated answer time %s shorter than answer time %s", escalatedAnswerTime, answerTime);
    }

    /**
     * Vantaa's default: Monday to Friday 8:00–16:00, an answer within one working day (8 working hours),
     * an escalated one within three (24 working hours).
     */
    public static ResponseTimePolicy vantaaDefault() {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, new WorkingHours(LocalTime.of(8, 0), LocalTime.of(16, 0)));
            }
        }
        return new ResponseTimePolicy(week, Duration.ofHours(8), Duration.ofHours(24));
    }

    /**
     * The instant by which {@code workingTime} of working time has passed after {@code from}. Time
     * outside working hours does not count; a zero duration gives {@code from} itself inside working
     * hours, else the next opening.
     *
     * @throws IllegalArgumentException if the duration is negative, or the calendar has no working hours
     *     of this policy within ten years
     */
    public Instant dueAt(Instant from, Duration workingTime, WorkingCalendar calendar) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(workingTime, "workingTime must not be null");
        Objects.requireNonNull(calendar, "calendar must not be null");
        checkArgument(!workingTime.isNegative(), "working time must not be negative: %s", workingTime);
        Duration left = workingTime;
        LocalDate day = from.atZone(calendar.zone()).toLocalDate();
        for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
            Optional<Instant[]> window = windowOn(day, calendar);
            if (window.isEmpty()) {
                continue;
            }
            Instant start = later(window.get()[0], from);
            Instant end = window.get()[1];
            if (!start.isBefore(end)) {
                continue;
            }
            Duration available = Duration.between(start, end);
            if (left.compareTo(available) <= 0) {
                return start.plus(left);
            }
            left = left.minus(available);
        }
        throw new IllegalArgumentException("no working hours within " + SEARCH_DAYS + " days after " + from);
    }

    /**
     * The working time between two instants: the part of {@code [from, to]} inside working hours on
     * working days; zero when {@code to} is not after {@code from}.
     */
    public Duration workingTimeBetween(Instant from, Instant to, WorkingCalendar calendar) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        Objects.requireNonNull(calendar, "calendar must not be null");
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(calendar.zone()).toLocalDate();
        for (LocalDate day = from.atZone(calendar.zone()).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            Optional<Instant[]> window = windowOn(day, calendar);
            if (window.isPresent()) {
                Instant start = later(window.get()[0], from);
                Instant end = window.get()[1].isBefore(to) ? window.get()[1] : to;
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** The day's working window as two instants, when the day is a working day with hours. */
    private Optional<Instant[]> windowOn(LocalDate day, WorkingCalendar calendar) {
        WorkingHours today = hours.get(day.getDayOfWeek());
        if (today == null || !calendar.isWorkingDay(day)) {
            return Optional.empty();
        }
        return Optional.of(new Instant[] {
            ZonedDateTime.of(day, today.start(), calendar.zone()).toInstant(),
            ZonedDateTime.of(day, today.end(), calendar.zone()).toInstant()});
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
