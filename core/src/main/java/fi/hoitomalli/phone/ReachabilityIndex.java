package fi.hoitomalli.phone;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerDirectory;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.team.PotAssignment;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;

/**
 * A precomputed index over expanded phone plans that answers "who answers customer C at instant T?"
 * (tavoitettavuus) at about the cost of a hash lookup. Immutable and thread-safe.
 *
 * <p>Layout: an open-addressing table from the customer id (the directory's own {@link CustomerId}
 * objects, referenced, not copied) to an {@code int} packing the index of the customer's timeline and an
 * employee bit, with the ids' hashes cached (12 bytes per slot at a load factor of at most 0.5). A timeline
 * is compact: per plan (team) one shared array of the days' local midnights, and per secretary one array of
 * references to interned day patterns (open or closed, the answered windows as local seconds). Most days of
 * most secretaries are the same few patterns, and secretaries without absences share the whole array, so the
 * timelines cost a few bytes per customer. A query is one probe sequence in the table, a division to find the
 * day and a scan of that day's one or two windows; it allocates only the answer it returns.
 *
 * <p>Pilot (PH-9): a plan can be enabled for a {@link PilotGroup} first. Customers outside the group keep
 * the previous arrangement: the team's previous plan when one is given, otherwise
 * {@link Reachability.NoPublishedWindow} (call the own secretary any time during service hours).
 */
public final class ReachabilityIndex {

    private static final Reachability UNKNOWN = new Reachability.UnknownCustomer();

    private final CustomerId[] keys;
    /** Per slot the key's spread hash (high half) and the value (low half): one array, one cache miss. */
    private final long[] slots;
    private final int mask;
    private final int customers;
    private final Line[] lines;

    private ReachabilityIndex(CustomerId[] keys, long[] slots, int customers, Line[] lines) {
        this.keys = keys;
        this.slots = slots;
        this.mask = keys.length - 1;
        this.customers = customers;
        this.lines = lines;
    }

    /**
     * Builds the index for the teams' expanded plans and the customers of the directory whose owning
     * secretary (by the pot assignment) is a member of one of the teams; the plans are enabled for everyone.
     *
     * @throws IllegalArgumentException when a plan's team is not among the teams or a team has two plans
     */
    public static ReachabilityIndex build(List<PhonePlan> plans, List<ServiceTeam> teams, PotAssignment pots,
                                         CustomerDirectory directory) {
        return build(plans, teams, pots, directory, PilotGroup.everyone(), List.of());
    }

    /**
     * Builds the index with the plans enabled only for a pilot group (PH-9). A customer in the pilot group is
     * answered from the plan of the own secretary's team. A customer outside it is answered from the team's
     * plan in {@code previousPlans} when there is one, otherwise with {@link Reachability.NoPublishedWindow}.
     * Customers whose team has no (new) plan are not indexed ({@link Reachability.UnknownCustomer}).
     *
     * @param plans the new plans, at most one per team
     * @param teams the teams
     * @param pots who owns which customer
     * @param directory the customers and their org structure (segments are evaluated against it)
     * @param pilot the pilot group of the new plans
     * @param previousPlans the plans in force before the pilot, at most one per team; may be empty
     * @throws IllegalArgumentException when a plan's team is not among the teams or a team has two plans
     * @throws NullPointerException when an argument is null
     */
    public static ReachabilityIndex build(List<PhonePlan> plans, List<ServiceTeam> teams, PotAssignment pots,
                                         CustomerDirectory directory, PilotGroup pilot,
                                         List<PhonePlan> previousPlans) {
        Objects.requireNonNull(plans, "plans must not be null");
        Objects.requireNonNull(teams, "teams must not be null");
        Objects.requireNonNull(pots, "pots must not be null");
        Objects.requireNonNull(directory, "directory must not be null");
        Objects.requireNonNull(pilot, "pilot must not be null");
        Objects.requireNonNull(previousPlans, "previousPlans must not be null");
        Map<Object, PhonePlan> planOf = plansByTeam(plans, teams);
        Map<Object, PhonePlan> previousOf = plansByTeam(previousPlans, teams);
        LocalizedText hint = Messages.text("fi.hoitomalli.phone.hint.employee");
        Builder builder = new Builder(hint);
        Map<SecretaryId, int[]> lineOf = new HashMap<>();
        for (ServiceTeam team : teams) {
            PhonePlan plan = planOf.get(team.id());
            if (plan == null) {
                continue;
            }
            PhonePlan previous = previousOf.get(team.id());
            for (SecretaryId member : team.members()) {
                int inPilot = builder.add(builder.timeline(member, plan));
                int outside = pilot instanceof PilotGroup.Everyone ? inPilot
                        : builder.add(previous == null ? new OpenLine(member, hint) : builder.timeline(member, previous));
                lineOf.put(member, new int[] {inPilot, outside});
            }
        }
        List<Customer> all = directory.customers();
        OrgStructure org = pilot instanceof PilotGroup.Everyone ? null : directory.orgStructure();
        int capacity = Integer.highestOneBit(Math.max(2, all.size()) * 2 - 1) << 1;
        CustomerId[] keys = new CustomerId[capacity];
        long[] slots = new long[capacity];
        int count = 0;
        for (Customer customer : all) {
            int[] line = pots.ownerOf(customer).map(lineOf::get).orElse(null);
            if (line == null) {
                continue;
            }
            int chosen = org == null || pilot.includes(customer, org) ? line[0] : line[1];
            int h = spread(customer.id().hashCode());
            int i = h & (capacity - 1);
            while (keys[i] != null) {
                checkArgument(!keys[i].equals(customer.id()), "customer %s listed twice", customer.id());
                i = (i + 1) & (capacity - 1);
            }
            keys[i] = customer.id();
            int value = (chosen << 1) | (customer.role() == Role.EMPLOYEE ? 1 : 0);
            slots[i] = ((long) h << 32) | (value & 0xFFFF_FFFFL);
            count++;
        }
        builder.finish();
        return new ReachabilityIndex(keys, slots, count, builder.lines.toArray(new Line[0]));
    }

    private static Map<Object, PhonePlan> plansByTeam(List<PhonePlan> plans, List<ServiceTeam> teams) {
        Map<Object, PhonePlan> planOf = new HashMap<>();
        for (PhonePlan plan : plans) {
            checkArgument(planOf.put(plan.team(), plan) == null, "two plans for team %s", plan.team());
            checkArgument(teams.stream().anyMatch(t -> t.id().equals(plan.team())), "plan of unknown team %s", plan.team());
        }
        return planOf;
    }

    /** Who answers the customer at the instant; never null. */
    public Reachability whoAnswers(CustomerId customer, Instant at) {
        int h = spread(customer.hashCode());
        int i = h & mask;
        CustomerId key;
        while ((key = keys[i]) != null) {
            long slot = slots[i];
            if (key == customer || ((int) (slot >>> 32) == h && key.equals(customer))) {
                int v = (int) slot;
                return lines[v >>> 1].answer(at.getEpochSecond(), v & 1);
            }
            i = (i + 1) & mask;
        }
        return UNKNOWN;
    }

    /** The number of indexed customers. */
    public int customers() {
        return customers;
    }

    /**
     * The bytes of the per-customer table: key references (4 bytes each with compressed references,
     * {@code referenceBytes} given), cached hashes and values; not the ids themselves, which the directory
     * holds.
     */
    public long tableBytes(int referenceBytes) {
        return (long) keys.length * (referenceBytes + 4 + 4);
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /** Interns the shared parts while the index is built; dropped afterwards. */
    private static final class Builder {
        final List<Line> lines = new ArrayList<>();
        final Map<PhonePlan, Days> days = new IdentityHashMap<>();
        /** Plans of the same period and zone share their days (and the days' window-end instants). */
        final Map<List<Object>, Days> daysByPeriod = new HashMap<>();
        /** The distinct window-end times (second of day) of all patterns, numbered. */
        final Map<Integer, Integer> endSlots = new HashMap<>();
        final Map<DayPattern, DayPattern> patterns = new HashMap<>();
        final Map<List<DayPattern>, Shape> shapes = new HashMap<>();
        final Optional<LocalizedText>[] hints;

        @SuppressWarnings("unchecked")
        Builder(LocalizedText hint) {
            hints = new Optional[] {Optional.empty(), Optional.of(hint)};
        }

        int add(Line line) {
            lines.add(line);
            return lines.size() - 1;
        }

        Timeline timeline(SecretaryId secretary, PhonePlan plan) {
            Days d = days.computeIfAbsent(plan,
                p -> daysByPeriod.computeIfAbsent(List.of(p.from(), p.to(), p.zone()), k -> Days.of(p)));
            int n = d.dates.length;
            List<List<DatedWindow>> byDay = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byDay.add(new ArrayList<>(2));
            }
            for (DatedWindow w : plan.windows()) {
                if (w.owner().equals(secretary) && !w.date().isBefore(plan.from()) && !w.date().isAfter(plan.to())) {
                    byDay.get((int) (w.date().toEpochDay() - plan.from().toEpochDay())).add(w);
                }
            }
            List<DayPattern> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                DayPattern p = DayPattern.of(plan.openDays().contains(d.dates[i]), byDay.get(i), d, i, endSlots);
                list.add(patterns.computeIfAbsent(p, x -> x));
            }
            Shape shape = shapes.computeIfAbsent(list, Shape::of);
            Reachability[] outside = {new Reachability.OutsidePlan(secretary, hints[0]),
                new Reachability.OutsidePlan(secretary, hints[1])};
            return new Timeline(secretary, d, shape, outside, hints);
        }

        /** Precomputes the window-end instants of every shared day, so that an answer allocates no instant. */
        void finish() {
            for (Days d : daysByPeriod.values()) {
                d.fillUntil(endSlots);
            }
        }
    }

    /** One timeline per customer kind; subclasses answer from a plan or from the no-window arrangement. */
    private abstract static class Line {
        abstract Reachability answer(long second, int employee);
    }

    /** The previous arrangement without a plan (PH-9): no published window. */
    private static final class OpenLine extends Line {
        final Reachability[] answers;

        OpenLine(SecretaryId secretary, LocalizedText hint) {
            answers = new Reachability[] {new Reachability.NoPublishedWindow(secretary, Optional.empty()),
                new Reachability.NoPublishedWindow(secretary, Optional.of(hint))};
        }

        @Override
        Reachability answer(long second, int employee) {
            return answers[employee];
        }
    }

    /** A plan's days, shared by the secretaries of its team: dates and local midnights (epoch seconds). */
    private static final class Days {
        final ZoneId zone;
        final LocalDate[] dates;
        final long[] midnight;
        /** Whether a day has no offset change, so that a local time is its midnight plus the seconds of day. */
        final boolean[] regular;
        /** The instant of day {@code d}'s window end number {@code s} at {@code d * slots + s}; set by the builder. */
        Instant[] until = new Instant[0];
        int slots;

        private Days(ZoneId zone, LocalDate[] dates, long[] midnight, boolean[] regular) {
            this.zone = zone;
            this.dates = dates;
            this.midnight = midnight;
            this.regular = regular;
        }

        static Days of(PhonePlan plan) {
            ZoneId zone = plan.zone();
            int n = (int) (plan.to().toEpochDay() - plan.from().toEpochDay() + 1);
            LocalDate[] dates = new LocalDate[n];
            long[] midnight = new long[n + 1];
            boolean[] regular = new boolean[n];
            for (int i = 0; i <= n; i++) {
                LocalDate date = plan.from().plusDays(i);
                midnight[i] = date.atStartOfDay(zone).toEpochSecond();
                if (i < n) {
                    dates[i] = date;
                }
            }
            for (int i = 0; i < n; i++) {
                regular[i] = midnight[i + 1] - midnight[i] == 86_400L
                        && ZonedDateTime.of(dates[i], LocalTime.MIDNIGHT, zone).toEpochSecond() == midnight[i]
                        && zone.getRules().getOffset(Instant.ofEpochSecond(midnight[i]))
                            .equals(zone.getRules().getOffset(Instant.ofEpochSecond(midnight[i + 1] - 1)));
            }
            return new Days(zone, dates, midnight, regular);
        }

        void fillUntil(Map<Integer, Integer> endSlots) {
            int k = endSlots.size();
            Instant[] all = new Instant[dates.length * k];
            for (Map.Entry<Integer, Integer> e : endSlots.entrySet()) {
                int second = e.getKey();
                LocalTime time = LocalTime.ofSecondOfDay(second);
                for (int day = 0; day < dates.length; day++) {
                    all[day * k + e.getValue()] = Instant.ofEpochSecond(epoch(day, second, time));
                }
            }
            until = all;
            slots = k;
        }

        long epoch(int day, int secondOfDay, LocalTime time) {
            return regular[day] ? midnight[day] + secondOfDay : ZonedDateTime.of(dates[day], time, zone).toEpochSecond();
        }
    }

    /**
     * One secretary's day on the phone: open or closed, and the answered windows in local time. Interned:
     * equal patterns are one object.
     */
    private static final class DayPattern {
        final boolean open;
        final int[] startSecond;
        final int[] endSecond;
        /** The number of each window's end time among the distinct end times of the index. */
        final int[] endSlot;
        final LocalTime[] start;
        final LocalTime[] end;
        final Answerer[] answerer;

        private DayPattern(boolean open, List<DatedWindow> answered, Map<Integer, Integer> endSlots) {
            this.open = open;
            int k = answered.size();
            startSecond = new int[k];
            endSecond = new int[k];
            endSlot = new int[k];
            start = new LocalTime[k];
            end = new LocalTime[k];
            answerer = new Answerer[k];
            for (int i = 0; i < k; i++) {
                DatedWindow w = answered.get(i);
                start[i] = w.start();
                end[i] = w.end();
                startSecond[i] = w.start().toSecondOfDay();
                endSecond[i] = w.end().toSecondOfDay();
                endSlot[i] = endSlots.computeIfAbsent(endSecond[i], x -> endSlots.size());
                answerer[i] = w.answeredBy();
            }
        }

        /** Keeps the answered windows; overlapping or empty windows of a hand-made plan: the earlier one wins. */
        static DayPattern of(boolean open, List<DatedWindow> windows, Days days, int day,
                             Map<Integer, Integer> endSlots) {
            List<DatedWindow> answered = new ArrayList<>(windows.size());
            long cursor = days.midnight[day];
            for (DatedWindow w : windows) {
                long s = w.startIn(days.zone).toEpochSecond();
                long e = w.endIn(days.zone).toEpochSecond();
                if (s < cursor || e <= s) {
                    continue;
                }
                cursor = e;
                if (w.answeredBy().answers()) {
                    answered.add(w);
                }
            }
            return new DayPattern(open, answered, endSlots);
        }

        boolean hasWindow() {
            return start.length > 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DayPattern p && open == p.open && Arrays.equals(start, p.start)
                    && Arrays.equals(end, p.end) && Arrays.equals(answerer, p.answerer);
        }

        @Override
        public int hashCode() {
            return Objects.hash(open, Arrays.hashCode(start), Arrays.hashCode(end), Arrays.hashCode(answerer));
        }
    }

    /** The day patterns of a secretary and, per day, the next later day with an answered window (or -1). */
    private static final class Shape {
        final DayPattern[] day;
        final int[] nextDayWithWindow;

        private Shape(DayPattern[] day, int[] nextDayWithWindow) {
            this.day = day;
            this.nextDayWithWindow = nextDayWithWindow;
        }

        static Shape of(List<DayPattern> days) {
            DayPattern[] day = days.toArray(new DayPattern[0]);
            int[] next = new int[day.length];
            int upcoming = -1;
            for (int i = day.length - 1; i >= 0; i--) {
                next[i] = upcoming;
                if (day[i].hasWindow()) {
                    upcoming = i;
                }
            }
            return new Shape(day, next);
        }
    }

    /**
     * One secretary's answers over a plan's period. The shared arrays are copied into fields (references
     * only) so that a query follows as few pointers as possible.
     */
    private static final class Timeline extends Line {
        final SecretaryId secretary;
        final Days days;
        final long[] midnight;
        final boolean[] regular;
        final DayPattern[] pattern;
        final int[] nextDayWithWindow;
        final Reachability[] outside;
        final Optional<LocalizedText>[] hints;

        Timeline(SecretaryId secretary, Days days, Shape shape, Reachability[] outside, Optional<LocalizedText>[] hints) {
            this.secretary = secretary;
            this.days = days;
            this.midnight = days.midnight;
            this.regular = days.regular;
            this.pattern = shape.day;
            this.nextDayWithWindow = shape.nextDayWithWindow;
            this.outside = outside;
            this.hints = hints;
        }

        @Override
        Reachability answer(long second, int employee) {
            long[] m = midnight;
            int n = m.length - 1;
            if (second < m[0] || second >= m[n]) {
                return outside[employee];
            }
            // A day is 23–25 h (DST), so the estimate is off by at most one day.
            int day = (int) Math.min(n - 1, (second - m[0]) / 86_400L);
            if (m[day + 1] <= second) {
                day++;
            } else if (m[day] > second) {
                day--;
            }
            DayPattern p = pattern[day];
            Optional<LocalizedText> hint = hints[employee];
            int[] starts = p.startSecond;
            for (int w = 0; w < starts.length; w++) {
                long start = regular[day] ? m[day] + starts[w] : days.epoch(day, starts[w], p.start[w]);
                if (second < start) {
                    return notNow(p.open, Optional.of(next(day, p, w)), hint);
                }
                Instant until = days.until[day * days.slots + p.endSlot[w]];
                if (second < until.getEpochSecond()) {
                    return new Reachability.Answered(secretary, p.answerer[w], until, hint);
                }
            }
            int later = nextDayWithWindow[day];
            return notNow(p.open, later < 0 ? Optional.empty() : Optional.of(next(later, pattern[later], 0)), hint);
        }

        private Reachability notNow(boolean open, Optional<NextWindow> next, Optional<LocalizedText> hint) {
            return open ? new Reachability.Voicemail(secretary, next, hint) : new Reachability.Closed(secretary, next, hint);
        }

        private NextWindow next(int day, DayPattern p, int w) {
            return new NextWindow(p.answerer[w], days.dates[day], p.start[w], p.end[w], days.zone);
        }
    }
}
