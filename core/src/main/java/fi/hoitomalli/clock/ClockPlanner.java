package fi.hoitomalli.clock;

import static com.google.common.base.Preconditions.checkArgument;

import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.meeting.Participant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Generates a concrete year of the annual clock from activity templates. Scheduled activities are
 * spread evenly over their allowed months (one per month when the count is a multiple of the months),
 * and within a stretch onto the least busy day nearest its middle, on working days that are not
 * payroll-run days (never on weekends or Finnish holidays; July only when
 * allowed), at half-hour starts within the working hours, preferring the template's weekday, and never
 * booking a person twice at the same time. Payroll runs are marked on the calendar's run days. Whatever
 * cannot be placed is explained as {@link Unplaced}. Deterministic: the same input gives the same clock.
 */
public final class ClockPlanner {

    private static final Duration STEP = Duration.ofMinutes(30);

    private final WorkingCalendar calendar;
    private final LocalTime dayStart;
    private final LocalTime dayEnd;

    /** A planner for the calendar with working hours 9:00–16:00 for meetings. */
    public ClockPlanner(WorkingCalendar calendar) {
        this(calendar, LocalTime.of(9, 0), LocalTime.of(16, 0));
    }

    /**
     * A planner for the calendar with the given hours for activities.
     *
     * @throws IllegalArgumentException if the day does not start before it ends
     */
    public ClockPlanner(WorkingCalendar calendar, LocalTime dayStart, LocalTime dayEnd) {
        this.calendar = Objects.requireNonNull(calendar, "calendar must not be null");
        this.dayStart = Objects.requireNonNull(dayStart, "dayStart must not be null");
        this.dayEnd = Objects.requireNonNull(dayEnd, "dayEnd must not be null");
        checkArgument(dayStart.isBefore(dayEnd), "the working day must start before it ends");
    }

    /**
     * The year's clock for the templates (the whole unit's, a team's or a secretary's — whichever
     * templates are given).
     *
     * @throws IllegalArgumentException if two templates have the same id
     */
    public AnnualClock generate(Year year, List<ActivityTemplate> templates) {
        Objects.requireNonNull(year, "year must not be null");
        Objects.requireNonNull(templates, "templates must not be null");
        Map<ActivityTemplate, List<LocalDate>> days = new LinkedHashMap<>();
        templates.forEach(t -> days.put(t, candidateDays(year, t)));
        List<Occurrence> occurrences = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        Bookings bookings = new Bookings();
        for (ActivityTemplate template : planningOrder(days)) {
            List<Occurrence> placed = template.placement() == Placement.PAYROLL_RUN_DAYS
                    ? payrollMarks(template, days.get(template))
                    : schedule(template, days.get(template), bookings);
            occurrences.addAll(placed);
            int wanted = template.cadence().max();
            if (placed.size() < wanted) {
                unplaced.add(explain(template, days.get(template), placed.size()));
            }
        }
        return new AnnualClock(year, templates, occurrences, unplaced);
    }

    /** Most constrained first (fewest usable days per wanted occurrence), then by id, so runs are repeatable. */
    private static List<ActivityTemplate> planningOrder(Map<ActivityTemplate, List<LocalDate>> days) {
        return days.keySet().stream().sorted(Comparator
                .comparingDouble((ActivityTemplate t) -> (double) days.get(t).size() / t.cadence().max())
                .thenComparing(t -> t.id().value())).toList();
    }

    private List<LocalDate> candidateDays(Year year, ActivityTemplate template) {
        List<LocalDate> result = new ArrayList<>();
        for (LocalDate day = year.atDay(1); day.getYear() == year.getValue(); day = day.plusDays(1)) {
            if (!template.months().contains(day.getMonth()) || !calendar.isWorkingDay(day)) {
                continue;
            }
            boolean payrollDay = calendar.isPayrollRunDay(day);
            if (payrollDay == (template.placement() == Placement.PAYROLL_RUN_DAYS)) {
                result.add(day);
            }
        }
        return result;
    }

    private static List<Occurrence> payrollMarks(ActivityTemplate template, List<LocalDate> runDays) {
        return runDays.stream()
                .map(d -> new Occurrence(template.id(), d, Optional.empty(), Duration.ZERO, Set.of()))
                .toList();
    }

    private List<Occurrence> schedule(ActivityTemplate template, List<LocalDate> days, Bookings bookings) {
        List<Occurrence> placed = new ArrayList<>();
        if (days.isEmpty() || !fitsInDay(template.duration())) {
            return placed;
        }
        Set<LocalDate> used = new HashSet<>();
        for (List<LocalDate> segment : Spread.segments(days, template.cadence().max())) {
            LocalDate target = segment.isEmpty() ? days.get(days.size() / 2) : segment.get(segment.size() / 2);
            Optional<Occurrence> occurrence = firstFree(template, byCloseness(segment, target, template, bookings), used,
                    bookings).or(() -> firstFree(template, byCloseness(days, target, template, bookings), used, bookings));
            occurrence.ifPresent(o -> {
                placed.add(o);
                used.add(o.date());
                bookings.book(o);
            });
        }
        return placed;
    }

    private boolean fitsInDay(Duration duration) {
        return !dayStart.plus(duration).isAfter(dayEnd) && dayStart.plus(duration).isAfter(dayStart);
    }

    /** Preferred weekday first, then the least busy days (so the unit's days fill evenly), then nearest the target. */
    private static List<LocalDate> byCloseness(List<LocalDate> days, LocalDate target, ActivityTemplate template,
                                               Bookings bookings) {
        Comparator<LocalDate> weekdayFirst = Comparator.comparingInt(
                d -> template.preferredWeekday().map(w -> w == d.getDayOfWeek() ? 0 : 1).orElse(0));
        return days.stream().sorted(weekdayFirst
                .thenComparingInt(bookings::load)
                .thenComparingLong(d -> Math.abs(ChronoUnit.DAYS.between(target, d)))
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    private Optional<Occurrence> firstFree(ActivityTemplate template, List<LocalDate> days, Set<LocalDate> used,
                                           Bookings bookings) {
        for (LocalDate day : days) {
            if (used.contains(day)) {
                continue;
            }
            for (LocalTime start = dayStart; !start.plus(template.duration()).isAfter(dayEnd)
                    && !start.isBefore(dayStart); start = start.plus(STEP)) {
                Occurrence candidate = new Occurrence(template.id(), day, Optional.of(start), template.duration(),
                        template.people());
                if (bookings.free(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private Unplaced explain(ActivityTemplate template, List<LocalDate> days, int placed) {
        int wanted = template.cadence().max();
        Unplaced.Reason reason;
        if (days.isEmpty()) {
            reason = Unplaced.Reason.NO_ALLOWED_DAY;
        } else if (template.placement() == Placement.SCHEDULED && !fitsInDay(template.duration())) {
            reason = Unplaced.Reason.LONGER_THAN_WORKING_DAY;
        } else if (days.size() < wanted) {
            reason = Unplaced.Reason.TOO_FEW_DAYS;
        } else {
            reason = Unplaced.Reason.PEOPLE_BOOKED;
        }
        LocalizedText title = template.title();
        LocalizedText explanation = new LocalizedText(
                message(reason, title.fi(), placed, wanted).fi(),
                message(reason, title.sv(), placed, wanted).sv(),
                message(reason, title.en(), placed, wanted).en());
        return new Unplaced(template.id(), wanted, placed, placed >= template.cadence().min(), reason, explanation);
    }

    private static LocalizedText message(Unplaced.Reason reason, String title, int placed, int wanted) {
        return Messages.text("fi.hoitomalli.clock.unplaced." + reason.name(),
                "title", title, "placed", placed, "wanted", wanted);
    }

    /** Who is booked when, to keep one person from two activities at once. */
    private static final class Bookings {
        private final Map<Participant, Map<LocalDate, List<Occurrence>>> byPerson = new HashMap<>();
        private final Map<LocalDate, Integer> perDay = new HashMap<>();

        int load(LocalDate day) {
            return perDay.getOrDefault(day, 0);
        }

        boolean free(Occurrence candidate) {
            for (Participant person : candidate.people()) {
                List<Occurrence> booked = byPerson.getOrDefault(person, Map.of()).getOrDefault(candidate.date(), List.of());
                if (booked.stream().anyMatch(candidate::clashesWith)) {
                    return false;
                }
            }
            return true;
        }

        void book(Occurrence occurrence) {
            perDay.merge(occurrence.date(), 1, Integer::sum);
            for (Participant person : occurrence.people()) {
                byPerson.computeIfAbsent(person, p -> new HashMap<>())
                        .computeIfAbsent(occurrence.date(), d -> new ArrayList<>()).add(occurrence);
            }
        }
    }
}
