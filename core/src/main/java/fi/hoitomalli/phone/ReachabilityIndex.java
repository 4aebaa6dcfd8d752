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
 * <p><b>Customers.</b> An open-addressing table (linear probing, load ≤ 0.7) from the customer id (the
 * directory's own {@link CustomerId} objects, referenced, not copied) to the customer's timeline and an
 * employee bit: per slot one reference and one {@code long} packing the id's spread hash with the value, so
 * that a probe reads one array until the hash matches and an empty slot ends a miss without reading a key.
 *
 * <p><b>Timelines.</b> A timeline is one secretary's answers over one plan's period. Per period and zone
 * (shared by every plan of that period) the index keeps the days' local midnights and, for every local time
 * that starts or ends a window anywhere in the index, its epoch second on every day (computed once with
 * {@link ZonedDateTime}, so DST days cost nothing extra at query time) and, for end times, the {@link Instant}
 * an {@link Reachability.Answered} reports. A query finds its day by a division and at most one step, and
 * then answers from one of two layouts ({@link Layout}):
 * <ul>
 *   <li>{@link Layout#PREBUILT_ANSWERS}: every answer of every timeline is built when the index is built
 *   (equal answers are one object) and each day is cut into segments with one answer each; a query compares
 *   the instant with that day's one to three segment ends and returns a stored answer, allocating nothing.
 *   This costs about 55 kB per secretary and plan-year (≈ 2 MB for Vantaa's 41 secretaries).</li>
 *   <li>{@link Layout#COMPACT}: per secretary one {@code int} per day (the day's interned window pattern and
 *   the number of answered windows before it) and one pre-built {@link NextWindow} per answered window; a
 *   query builds its answer record from these shared parts, allocating the record (and, for voicemail or
 *   closed, its {@code Optional}). The whole index, customer table included, measured 55 bytes per customer
 *   at 1,000,000 customers ({@code ReachabilityMemory} in the examples).</li>
 * </ul>
 * {@link Layout#AUTOMATIC} (the default) pre-builds the answers when they fit {@link #PREBUILT_BUDGET_BYTES};
 * storing every answer of a 1,000,000-customer city (3,000 secretaries) would take about 130 bytes per
 * customer, so large indexes stay compact.
 *
 * <p><b>Pilot (PH-9).</b> A plan can be enabled for a {@link PilotGroup} first. Customers outside the group
 * keep the previous arrangement: the team's previous plan when one is given, otherwise
 * {@link Reachability.NoPublishedWindow} (call the own secretary any time during service hours).
 */
public final class ReachabilityIndex {

    /**
     * The memory {@link Layout#AUTOMATIC} may spend on pre-built answers (32 MiB, about 600 secretary-years
     * of plans); beyond it the index stays {@link Layout#COMPACT}.
     */
    public static final long PREBUILT_BUDGET_BYTES = 32L << 20;

    private static final Reachability UNKNOWN = new Reachability.UnknownCustomer();
    /** At most this share of the table's slots is used. */
    private static final double MAX_LOAD = 0.7;
    /** Per window in a day pattern: start and end second of day, their time numbers, the answerer's number. */
    private static final int WINDOW = 5;
    /** The end of a segment that never ends (far beyond any instant, with room to subtract one). */
    private static final long NEVER = Long.MAX_VALUE / 2;

    // Customers: the open-addressing table.
    private final CustomerId[] keys;
    /** Per slot the key's spread hash (high half) and the value + 1 (low half); 0 marks an empty slot. */
    private final long[] slots;
    private final int capacity;
    private final int customers;
    private final Layout layout;

    // Lines: l is a line (a secretary's timeline, or the no-window arrangement), v = l << 1 | employee.
    /** Per line its days (shared by every plan of the period and zone); null for the no-window arrangement. */
    private final Days[] gridOf;
    /** Per line where its days start in the per-day arrays. */
    private final int[] dayBase;
    /** Per v the answer outside the plan's period: OutsidePlan, or NoPublishedWindow without a plan. */
    private final Reachability[] fixed;
    /** The days of every line with a plan when they are all the same (one plan period and zone), else null. */
    private final Days single;

    // Compact layout (null when the answers are pre-built).
    /** Per line-day: the number of the line's answered windows before the day (high half) and the pattern. */
    private final int[] code;
    /** The day patterns: {@code open | count << 1}, then {@link #WINDOW} ints per answered window. */
    private final int[] data;
    private final int[] patternAt;
    private final Answerer[] answerers;
    private final SecretaryId[] secretaryOf;
    /** The answered windows of every line, each line's in time order, as next windows. */
    private final NextWindow[] next;
    private final int[] nextBase;
    private final int[] nextEnd;
    /** Per v: Closed and Voicemail without a next window. */
    private final Reachability[] noNext;
    private final Optional<LocalizedText>[] hints;

    // Pre-built layout (null when compact): every line has the same days (one plan period and zone); line l has
    // rows l * (days + 1) ... of stride segments, one row per day and a last one for instants outside the plan,
    // and the table's values are that first row (times two, plus the employee bit).
    private final long first;
    private final long span;
    private final char[] hours;
    private final int outsideRow;
    private final int stride;
    /** Per segment the epoch second it ends (the day's last real one at midnight; {@link #NEVER} when unused). */
    private final long[] ends;
    /** Per segment the answers without and with the hint. */
    private final Reachability[] answers;

    /** How the index stores its timelines; the answers are the same in every layout. */
    public enum Layout {
        /** Pre-built answers when they fit {@link #PREBUILT_BUDGET_BYTES}, otherwise compact. */
        AUTOMATIC,
        /** Every answer built once; a query allocates nothing. */
        PREBUILT_ANSWERS,
        /** Day patterns and pre-built next windows; a query allocates its answer record. */
        COMPACT
    }

    private ReachabilityIndex(CustomerId[] keys, long[] slots, int customers, Lines lines, Prebuilt prebuilt) {
        this.keys = keys;
        this.slots = slots;
        this.capacity = keys.length;
        this.customers = customers;
        this.gridOf = lines.gridOf;
        this.dayBase = lines.dayBase;
        this.fixed = lines.fixed;
        this.single = lines.single();
        boolean compact = prebuilt == null;
        this.layout = compact ? Layout.COMPACT : Layout.PREBUILT_ANSWERS;
        this.code = compact ? lines.code : null;
        this.data = compact ? lines.data : null;
        this.patternAt = compact ? lines.patternAt : null;
        this.answerers = compact ? lines.answerers : null;
        this.secretaryOf = compact ? lines.secretaryOf : null;
        this.next = compact ? lines.next : null;
        this.nextBase = compact ? lines.nextBase : null;
        this.nextEnd = compact ? lines.nextEnd : null;
        this.noNext = compact ? lines.noNext : null;
        this.hints = lines.hints;
        this.first = compact ? 0 : single.first;
        this.span = compact ? 0 : single.last - single.first;
        this.hours = compact ? null : single.dayOfHour;
        this.outsideRow = compact ? 0 : single.dates.length;
        this.stride = compact ? 0 : prebuilt.stride;
        this.ends = compact ? null : prebuilt.ends;
        this.answers = compact ? null : prebuilt.answers;
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
     * Builds the index with the plans enabled only for a pilot group (PH-9), in the {@link Layout#AUTOMATIC}
     * layout; see {@link #build(List, List, PotAssignment, CustomerDirectory, PilotGroup, List, Layout)}.
     */
    public static ReachabilityIndex build(List<PhonePlan> plans, List<ServiceTeam> teams, PotAssignment pots,
                                         CustomerDirectory directory, PilotGroup pilot,
                                         List<PhonePlan> previousPlans) {
        return build(plans, teams, pots, directory, pilot, previousPlans, Layout.AUTOMATIC);
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
     * @param layout how to store the timelines (the answers do not depend on it)
     * @throws IllegalArgumentException when a plan's team is not among the teams or a team has two plans
     * @throws NullPointerException when an argument is null
     */
    public static ReachabilityIndex build(List<PhonePlan> plans, List<ServiceTeam> teams, PotAssignment pots,
                                         CustomerDirectory directory, PilotGroup pilot,
                                         List<PhonePlan> previousPlans, Layout layout) {
        Objects.requireNonNull(plans, "plans must not be null");
        Objects.requireNonNull(teams, "teams must not be null");
        Objects.requireNonNull(pots, "pots must not be null");
        Objects.requireNonNull(directory, "directory must not be null");
        Objects.requireNonNull(pilot, "pilot must not be null");
        Objects.requireNonNull(previousPlans, "previousPlans must not be null");
        Objects.requireNonNull(layout, "layout must not be null");
        Map<Object, PhonePlan> planOf = plansByTeam(plans, teams);
        Map<Object, PhonePlan> previousOf = plansByTeam(previousPlans, teams);
        Builder builder = new Builder(Messages.text("fi.hoitomalli.phone.hint.employee"));
        Map<SecretaryId, int[]> lineOf = new HashMap<>();
        for (ServiceTeam team : teams) {
            PhonePlan plan = planOf.get(team.id());
            if (plan == null) {
                continue;
            }
            PhonePlan previous = previousOf.get(team.id());
            Map<SecretaryId, List<DatedWindow>> windows = windowsByOwner(plan);
            Map<SecretaryId, List<DatedWindow>> previousWindows = previous == null ? Map.of() : windowsByOwner(previous);
            for (SecretaryId member : team.members()) {
                int inPilot = builder.timeline(member, plan, windows.getOrDefault(member, List.of()));
                int outside = pilot instanceof PilotGroup.Everyone ? inPilot
                        : previous == null ? builder.noPublishedWindow(member)
                        : builder.timeline(member, previous, previousWindows.getOrDefault(member, List.of()));
                lineOf.put(member, new int[] {inPilot, outside});
            }
        }
        Lines lines = builder.finish();
        Prebuilt prebuilt = layout == Layout.COMPACT || lines.single() == null ? null
                : new ReachabilityIndex(new CustomerId[1], new long[1], 0, lines, null)
                    .prebuild(layout == Layout.AUTOMATIC ? PREBUILT_BUDGET_BYTES : Long.MAX_VALUE);
        int rows = prebuilt == null ? 1 : lines.single().dates.length + 1;
        checkArgument((long) lines.gridOf.length * rows < 1 << 30, "too many secretaries for one index");
        List<Customer> all = directory.customers();
        OrgStructure org = pilot instanceof PilotGroup.Everyone ? null : directory.orgStructure();
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(2L, (long) Math.ceil(all.size() / MAX_LOAD) + 1));
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
            int i = home(h, capacity);
            while (slots[i] != 0L) {
                checkArgument(!keys[i].equals(customer.id()), "customer %s listed twice", customer.id());
                i = i + 1 == capacity ? 0 : i + 1;
            }
            keys[i] = customer.id();
            int value = (chosen * rows << 1) | (customer.role() == Role.EMPLOYEE ? 1 : 0);
            slots[i] = ((long) h << 32) | ((value + 1) & 0xFFFF_FFFFL);
            count++;
        }
        return new ReachabilityIndex(keys, slots, count, lines, prebuilt);
    }

    private static Map<Object, PhonePlan> plansByTeam(List<PhonePlan> plans, List<ServiceTeam> teams) {
        Map<Object, PhonePlan> planOf = new HashMap<>();
        for (PhonePlan plan : plans) {
            checkArgument(planOf.put(plan.team(), plan) == null, "two plans for team %s", plan.team());
            checkArgument(teams.stream().anyMatch(t -> t.id().equals(plan.team())), "plan of unknown team %s", plan.team());
        }
        return planOf;
    }

    /** The plan's windows inside its period, per owner, in the plan's order (date, start, owner, end). */
    private static Map<SecretaryId, List<DatedWindow>> windowsByOwner(PhonePlan plan) {
        Map<SecretaryId, List<DatedWindow>> byOwner = new HashMap<>();
        for (DatedWindow w : plan.windows()) {
            if (!w.date().isBefore(plan.from()) && !w.date().isAfter(plan.to())) {
                byOwner.computeIfAbsent(w.owner(), s -> new ArrayList<>()).add(w);
            }
        }
        return byOwner;
    }

    /** Who answers the customer at the instant; never null. */
    public Reachability whoAnswers(CustomerId customer, Instant at) {
        long second = at.getEpochSecond();
        long[] e = ends;
        if (e != null) {
            // Pre-built: the row is the day (or the row for outside the plan), the segment the number of the
            // row's segment ends at or before the second (they rise), the answer is stored.
            long since = second - first;
            int row = since < 0 || since >= span ? outsideRow
                    : hours != null ? hours[(int) since / 3_600] : single.dayOf(second);
            int v = valueOf(customer);
            if (v < 0) {
                return UNKNOWN;
            }
            int s = ((v >>> 1) + row) * stride;
            int segment = s;
            for (int end = s + stride - 1; s < end; s++) {
                segment += (int) ((e[s] - 1 - second) >>> 63);
            }
            return answers[(segment << 1) | (v & 1)];
        }
        Days g = single;
        // With one set of days for every line the day does not depend on the customer: find it while probing.
        int day = g == null || second < g.first || second >= g.last ? -1 : g.dayOf(second);
        int v = valueOf(customer);
        if (v < 0) {
            return UNKNOWN;
        }
        if (g == null || gridOf[v >>> 1] == null) {
            g = gridOf[v >>> 1];
            day = g == null || second < g.first || second >= g.last ? -1 : g.dayOf(second);
        }
        return day < 0 ? fixed[v] : answer(v, second, g, day);
    }

    /** The customer's table value (line and employee bit), or -1 when the customer is not indexed. */
    private int valueOf(CustomerId customer) {
        int h = spread(customer.hashCode());
        long[] s = slots;
        int n = capacity;
        int i = home(h, n);
        long slot;
        while ((slot = s[i]) != 0L) {
            if ((int) (slot >>> 32) == h) {
                CustomerId key = keys[i];
                if (key == customer || key.equals(customer)) {
                    return (int) slot - 1;
                }
            }
            i = i + 1 == n ? 0 : i + 1;
        }
        return -1;
    }

    /** The answer for line and kind {@code v} at the epoch second, on day {@code d} of the line's days. */
    private Reachability answer(int v, long second, Days g, int d) {
        int line = v >>> 1;
        int c = code[dayBase[line] + d];
        int[] p = data;
        int x = patternAt[c & 0xFFFF];
        int head = p[x++];
        int count = head >>> 1;
        int ordinal = c >>> 16;
        if (g.regular[d]) {
            long midnight = g.midnight[d];
            for (int w = 0; w < count; w++, x += WINDOW) {
                if (second < midnight + p[x]) {
                    return notNow(v, head, ordinal + w);
                }
                if (second < midnight + p[x + 1]) {
                    return answered(v, g, d, x);
                }
            }
        } else {
            long[] epoch = g.epoch;
            int base = d * g.times;
            for (int w = 0; w < count; w++, x += WINDOW) {
                if (second < epoch[base + p[x + 2]]) {
                    return notNow(v, head, ordinal + w);
                }
                if (second < epoch[base + p[x + 3]]) {
                    return answered(v, g, d, x);
                }
            }
        }
        return notNow(v, head, ordinal + count);
    }

    /** Answered in the window whose pattern entry is at {@code x} on day {@code d}. */
    private Reachability answered(int v, Days g, int d, int x) {
        int[] p = data;
        return new Reachability.Answered(secretaryOf[v >>> 1], answerers[p[x + 4]], g.until[d * g.times + p[x + 3]],
                hints[v & 1]);
    }

    /** Voicemail (open day) or Closed, with the line's answered window number {@code ordinal} as the next one. */
    private Reachability notNow(int v, int head, int ordinal) {
        int line = v >>> 1;
        int w = nextBase[line] + ordinal;
        if (w >= nextEnd[line]) {
            return noNext[(v << 1) | (head & 1)];
        }
        Optional<NextWindow> following = Optional.of(next[w]);
        return (head & 1) != 0 ? new Reachability.Voicemail(secretaryOf[line], following, hints[v & 1])
                : new Reachability.Closed(secretaryOf[line], following, hints[v & 1]);
    }

    /** The number of indexed customers. */
    public int customers() {
        return customers;
    }

    /** The layout the index was built in ({@link Layout#AUTOMATIC} resolved to one of the other two). */
    public Layout layout() {
        return layout;
    }

    /**
     * The bytes of the per-customer table: key references (4 bytes each with compressed references,
     * {@code referenceBytes} given) and the packed hash/value longs; not the ids themselves, which the
     * directory holds.
     */
    public long tableBytes(int referenceBytes) {
        return (long) keys.length * (referenceBytes + 8);
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /** The home slot of a spread hash: its high bits scaled to the capacity (no power-of-two size needed). */
    private static int home(int h, int capacity) {
        return (int) (((h & 0xFFFF_FFFFL) * capacity) >>> 32);
    }

    /**
     * Every answer of this compact index built once (equal answers are one object): per line and day a row of
     * segments (the time before, in and after each answered window; unused ones never end), each answered by
     * asking this index at its first second, and per line a last row for instants outside the plan. Needs
     * one set of days for every line; null when the answers would take more than {@code budget} bytes.
     */
    private Prebuilt prebuild(long budget) {
        Days g = single;
        int lines = gridOf.length;
        int rows = g.dates.length + 1;
        int most = 0;
        for (int l = 0; l < lines; l++) {
            for (int d = 0; gridOf[l] != null && d < g.dates.length; d++) {
                most = Math.max(most, data[patternAt[code[dayBase[l] + d] & 0xFFFF]] >>> 1);
            }
        }
        int width = 1 + 2 * most;
        long segments = (long) lines * rows * width;
        long bytes = segments * (8 + 2 * 4);
        if (segments > Integer.MAX_VALUE / 2 || bytes > budget) {
            return null;
        }
        long[] end = new long[(int) segments];
        Arrays.fill(end, NEVER);
        Reachability[] answer = new Reachability[(int) segments * 2];
        Map<Reachability, Reachability> interned = new HashMap<>();
        for (int l = 0; l < lines; l++) {
            for (int employee = 0; employee < 2; employee++) {
                for (int d = 0; d < rows; d++) {
                    answer[((l * rows + d) * width << 1) | employee] = fixed[(l << 1) | employee];
                }
            }
            if (gridOf[l] == null) {
                continue;
            }
            for (int d = 0; d < g.dates.length; d++) {
                int at = (l * rows + d) * width;
                long last = g.midnight[d + 1];
                int x = patternAt[code[dayBase[l] + d] & 0xFFFF];
                int count = data[x++] >>> 1;
                long from = g.midnight[d];
                for (int s = 0; s <= 2 * count; s++) {
                    long to = s < 2 * count ? g.epoch[d * g.times + data[x + (s >>> 1) * WINDOW + 2 + (s & 1)]] : last;
                    end[at + s] = to;
                    for (int employee = 0; employee < 2; employee++) {
                        long second = Math.min(from, last - 1);
                        Reachability a = answer((l << 1) | employee, second, g, g.dayOf(second));
                        Reachability shared = interned.putIfAbsent(a, a);
                        if (shared == null) {
                            shared = a;
                            bytes += a instanceof Reachability.Answered ? 32 : 24 + 16;
                            if (bytes > budget) {
                                return null;
                            }
                        }
                        answer[((at + s) << 1) | employee] = shared;
                    }
                    from = Math.max(from, to);
                }
            }
        }
        return new Prebuilt(width, end, answer);
    }

    /** The pre-built layout's segments. */
    private record Prebuilt(int stride, long[] ends, Reachability[] answers) {
    }

    /** The lines of an index as arrays (see the fields of {@link ReachabilityIndex}). */
    private record Lines(Days[] gridOf, int[] dayBase, Reachability[] fixed, int[] code, int[] data, int[] patternAt,
                         Answerer[] answerers, SecretaryId[] secretaryOf, NextWindow[] next, int[] nextBase,
                         int[] nextEnd, Reachability[] noNext, Optional<LocalizedText>[] hints) {

        /** The days of every line with a plan when they are all the same (one period and zone), else null. */
        Days single() {
            Days only = null;
            for (Days g : gridOf) {
                if (g != null) {
                    if (only != null && only != g) {
                        return null;
                    }
                    only = g;
                }
            }
            return only;
        }
    }

    /** Interns the shared parts while the index is built; dropped afterwards. */
    private static final class Builder {
        /** Plans of the same period and zone share their days. */
        final Map<List<Object>, Days> daysByPeriod = new HashMap<>();
        /** The distinct local times (second of day) that start or end a window anywhere, numbered. */
        final Map<Integer, Integer> times = new HashMap<>();
        final List<Integer> secondOf = new ArrayList<>();
        final List<Boolean> isEnd = new ArrayList<>();
        final List<Integer> data = new ArrayList<>();
        final Map<List<Integer>, Integer> patternIds = new HashMap<>();
        final List<Integer> patternAt = new ArrayList<>();
        final Map<Answerer, Integer> answererIds = new HashMap<>();
        final List<Answerer> answerers = new ArrayList<>();
        /** Equal day-code runs of different lines are stored once. */
        final Map<List<Integer>, Integer> codeRuns = new HashMap<>();
        final List<Integer> code = new ArrayList<>();
        final List<NextWindow> next = new ArrayList<>();
        final List<Days> gridOf = new ArrayList<>();
        final List<Integer> dayBase = new ArrayList<>();
        final List<SecretaryId> secretaryOf = new ArrayList<>();
        final List<Integer> nextBase = new ArrayList<>();
        final List<Integer> nextEnd = new ArrayList<>();
        final List<Reachability> fixed = new ArrayList<>();
        final List<Reachability> noNext = new ArrayList<>();
        final Optional<LocalizedText>[] hints;

        @SuppressWarnings("unchecked")
        Builder(LocalizedText hint) {
            hints = new Optional[] {Optional.empty(), Optional.of(hint)};
        }

        /** The previous arrangement without a plan (PH-9): no published window. */
        int noPublishedWindow(SecretaryId secretary) {
            return line(secretary, null, 0, 0,
                    new Reachability.NoPublishedWindow(secretary, hints[0]), new Reachability.NoPublishedWindow(secretary, hints[1]));
        }

        private int line(SecretaryId secretary, Days grid, int base, int windows, Reachability outside,
                         Reachability outsideWithHint) {
            gridOf.add(grid);
            dayBase.add(base);
            secretaryOf.add(secretary);
            nextBase.add(next.size() - windows);
            nextEnd.add(next.size());
            fixed.add(outside);
            fixed.add(outsideWithHint);
            noNext.add(new Reachability.Closed(secretary, Optional.empty(), hints[0]));
            noNext.add(new Reachability.Voicemail(secretary, Optional.empty(), hints[0]));
            noNext.add(new Reachability.Closed(secretary, Optional.empty(), hints[1]));
            noNext.add(new Reachability.Voicemail(secretary, Optional.empty(), hints[1]));
            return gridOf.size() - 1;
        }

        /** A secretary's timeline over the plan from her windows in it (the plan's order). */
        int timeline(SecretaryId secretary, PhonePlan plan, List<DatedWindow> windows) {
            Days days = daysByPeriod.computeIfAbsent(List.of(plan.from(), plan.to(), plan.zone()), k -> Days.of(plan));
            int n = days.dates.length;
            List<List<DatedWindow>> byDay = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byDay.add(new ArrayList<>(2));
            }
            for (DatedWindow w : windows) {
                byDay.get((int) (w.date().toEpochDay() - plan.from().toEpochDay())).add(w);
            }
            int first = next.size();
            List<Integer> run = new ArrayList<>(n);
            for (int d = 0; d < n; d++) {
                List<DatedWindow> answered = answered(byDay.get(d), days, d);
                List<Integer> pattern = new ArrayList<>(1 + WINDOW * answered.size());
                pattern.add((answered.size() << 1) | (plan.openDays().contains(days.dates[d]) ? 1 : 0));
                int ordinal = next.size() - first;
                checkArgument(ordinal + answered.size() <= Character.MAX_VALUE,
                        "more than %s answered windows for %s in one plan", (int) Character.MAX_VALUE, secretary);
                for (DatedWindow window : answered) {
                    Integer who = answererIds.get(window.answeredBy());
                    if (who == null) {
                        who = answerers.size();
                        answerers.add(window.answeredBy());
                        answererIds.put(window.answeredBy(), who);
                    }
                    pattern.add(window.start().toSecondOfDay());
                    pattern.add(window.end().toSecondOfDay());
                    pattern.add(time(window.start().toSecondOfDay(), false));
                    pattern.add(time(window.end().toSecondOfDay(), true));
                    pattern.add(who);
                    next.add(new NextWindow(answerers.get(who), days.dates[d], window.start(), window.end(), days.zone));
                }
                Integer id = patternIds.get(pattern);
                if (id == null) {
                    id = patternAt.size();
                    checkArgument(id <= Character.MAX_VALUE, "more than %s distinct day patterns", (int) Character.MAX_VALUE);
                    patternAt.add(data.size());
                    data.addAll(pattern);
                    patternIds.put(pattern, id);
                }
                run.add(ordinal << 16 | id);
            }
            Integer base = codeRuns.get(run);
            if (base == null) {
                base = code.size();
                code.addAll(run);
                codeRuns.put(run, base);
            }
            return line(secretary, days, base, next.size() - first, new Reachability.OutsidePlan(secretary, hints[0]),
                    new Reachability.OutsidePlan(secretary, hints[1]));
        }

        /**
         * The answered windows of a day in order. Overlapping or empty windows of a hand-made plan: the earlier
         * one wins (a window that nobody answers still takes its time).
         */
        private static List<DatedWindow> answered(List<DatedWindow> windows, Days days, int day) {
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
            return answered;
        }

        private int time(int secondOfDay, boolean end) {
            Integer id = times.get(secondOfDay);
            if (id == null) {
                id = times.size();
                times.put(secondOfDay, id);
                secondOf.add(secondOfDay);
                isEnd.add(false);
            }
            if (end) {
                isEnd.set(id, true);
            }
            return id;
        }

        /** Fills the shared days' epoch seconds and instants; the lines as arrays. */
        Lines finish() {
            for (Days d : daysByPeriod.values()) {
                d.fill(secondOf, isEnd);
            }
            return new Lines(gridOf.toArray(new Days[0]), ints(dayBase), fixed.toArray(new Reachability[0]), ints(code),
                    ints(data), ints(patternAt), answerers.toArray(new Answerer[0]), secretaryOf.toArray(new SecretaryId[0]),
                    next.toArray(new NextWindow[0]), ints(nextBase), ints(nextEnd), noNext.toArray(new Reachability[0]),
                    hints);
        }

        private static int[] ints(List<Integer> list) {
            return list.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * A period's days in a zone, shared by the plans of that period: dates, local midnights (epoch seconds),
     * whether a day is regular (24 h, one offset: a local time is its midnight plus the second of day), and
     * per day and local time number the epoch second and, for end times, the instant.
     */
    private static final class Days {
        final ZoneId zone;
        final LocalDate[] dates;
        final long[] midnight;
        final long first;
        final long last;
        final boolean[] regular;
        /**
         * Per hour since the first midnight the day, when every midnight is a whole number of hours after the
         * first (zones whose offsets change by whole hours) and the period is shorter than 68 years; else null.
         */
        final char[] dayOfHour;
        /** Epoch second of local time {@code t} on day {@code d} at {@code d * times + t}; set by {@link #fill}. */
        long[] epoch;
        /** The same as instants, for the times that end a window (null for the others). */
        Instant[] until;
        int times;

        private Days(ZoneId zone, LocalDate[] dates, long[] midnight, boolean[] regular) {
            this.zone = zone;
            this.dates = dates;
            this.midnight = midnight;
            this.first = midnight[0];
            this.last = midnight[dates.length];
            this.regular = regular;
            boolean aligned = dates.length <= Character.MAX_VALUE && last - first < Integer.MAX_VALUE;
            for (long m : midnight) {
                aligned &= (m - first) % 3_600L == 0;
            }
            if (aligned) {
                char[] hours = new char[(int) ((last - first) / 3_600L)];
                for (int d = 0; d < dates.length; d++) {
                    Arrays.fill(hours, (int) ((midnight[d] - first) / 3_600L), (int) ((midnight[d + 1] - first) / 3_600L), (char) d);
                }
                this.dayOfHour = hours;
            } else {
                this.dayOfHour = null;
            }
        }

        static Days of(PhonePlan plan) {
            ZoneId zone = plan.zone();
            int n = (int) (plan.to().toEpochDay() - plan.from().toEpochDay() + 1);
            LocalDate[] dates = new LocalDate[n];
            long[] midnight = new long[n + 1];
            for (int i = 0; i <= n; i++) {
                LocalDate date = plan.from().plusDays(i);
                midnight[i] = date.atStartOfDay(zone).toEpochSecond();
                if (i < n) {
                    dates[i] = date;
                }
            }
            boolean[] regular = new boolean[n];
            for (int i = 0; i < n; i++) {
                regular[i] = midnight[i + 1] - midnight[i] == 86_400L
                        && ZonedDateTime.of(dates[i], LocalTime.MIDNIGHT, zone).toEpochSecond() == midnight[i]
                        && zone.getRules().getOffset(Instant.ofEpochSecond(midnight[i]))
                            .equals(zone.getRules().getOffset(Instant.ofEpochSecond(midnight[i + 1] - 1)));
            }
            return new Days(zone, dates, midnight, regular);
        }

        void fill(List<Integer> secondOf, List<Boolean> end) {
            int k = secondOf.size();
            long[] e = new long[dates.length * k];
            Instant[] at = new Instant[dates.length * k];
            for (int d = 0; d < dates.length; d++) {
                for (int t = 0; t < k; t++) {
                    int second = secondOf.get(t);
                    long epochSecond = regular[d] ? midnight[d] + second
                            : ZonedDateTime.of(dates[d], LocalTime.ofSecondOfDay(second), zone).toEpochSecond();
                    e[d * k + t] = epochSecond;
                    if (end.get(t)) {
                        at[d * k + t] = Instant.ofEpochSecond(epochSecond);
                    }
                }
            }
            epoch = e;
            until = at;
            times = k;
        }

        /** The day of an epoch second in {@code [first, last)}. */
        int dayOf(long second) {
            char[] hours = dayOfHour;
            if (hours != null) {
                return hours[(int) ((second - first) / 3_600L)];
            }
            long[] m = midnight;
            // Days are 23–25 h long (DST), so the estimate is off by at most a day; walk to the right one.
            int d = (int) Math.min(m.length - 2, (second - first) / 86_400L);
            while (m[d + 1] <= second) {
                d++;
            }
            while (m[d] > second) {
                d--;
            }
            return d;
        }
    }
}
