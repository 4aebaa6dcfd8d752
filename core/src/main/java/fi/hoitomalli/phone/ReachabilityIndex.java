package fi.hoitomalli.phone;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.team.PotAssignment;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;

/**
 * A precomputed index over expanded phone plans that answers "who answers customer C at instant T?"
 * (tavoitettavuus) at about the cost of a hash lookup. Immutable and thread-safe.
 *
 * <p>Layout: an open-addressing table from the customer id (the directory's own {@link CustomerId}
 * objects, referenced, not copied) to an {@code int} packing the owning secretary's index and an employee
 * bit, with the ids' hashes cached; per secretary a timeline of segment boundaries (epoch seconds, sorted),
 * the first segment of every day, and one precomputed {@link Reachability} per segment and customer kind. A
 * query is one probe sequence in the table, a division to find the day, a scan of that day's few segments
 * and an array read; it allocates nothing.
 * The table costs 12 bytes per slot at a load factor of at most 0.5, i.e. at most about 24–32 bytes per
 * customer (see {@link #tableBytes(int)}).
 */
public final class ReachabilityIndex {

    private static final Reachability UNKNOWN = new Reachability.UnknownCustomer();

    private final CustomerId[] keys;
    private final int[] hashes;
    private final int[] values;
    private final int mask;
    private final int customers;
    private final Timeline[] timelines;

    private ReachabilityIndex(CustomerId[] keys, int[] hashes, int[] values, int customers, Timeline[] timelines) {
        this.keys = keys;
        this.hashes = hashes;
        this.values = values;
        this.mask = keys.length - 1;
        this.customers = customers;
        this.timelines = timelines;
    }

    /**
     * Builds the index for the teams' expanded plans and the customers of the directory whose owning
     * secretary (by the pot assignment) is a member of one of the teams.
     *
     * @throws IllegalArgumentException when a plan's team is not among the teams or a team has two plans
     */
    public static ReachabilityIndex build(List<PhonePlan> plans, List<ServiceTeam> teams, PotAssignment pots,
                                         CustomerDirectory directory) {
        Objects.requireNonNull(plans, "plans must not be null");
        Objects.requireNonNull(teams, "teams must not be null");
        Objects.requireNonNull(pots, "pots must not be null");
        Objects.requireNonNull(directory, "directory must not be null");
        Map<SecretaryId, Integer> secretaryIndex = new HashMap<>();
        List<Timeline> timelines = new ArrayList<>();
        Map<Object, PhonePlan> planOf = new HashMap<>();
        for (PhonePlan plan : plans) {
            checkArgument(planOf.put(plan.team(), plan) == null, "two plans for team %s", plan.team());
            checkArgument(teams.stream().anyMatch(t -> t.id().equals(plan.team())), "plan of unknown team %s", plan.team());
        }
        LocalizedText hint = Messages.text("fi.hoitomalli.phone.hint.employee");
        for (ServiceTeam team : teams) {
            PhonePlan plan = planOf.get(team.id());
            if (plan == null) {
                continue;
            }
            for (SecretaryId member : team.members()) {
                secretaryIndex.put(member, timelines.size());
                timelines.add(Timeline.of(member, plan, hint));
            }
        }
        List<Customer> all = directory.customers();
        int capacity = Integer.highestOneBit(Math.max(2, all.size()) * 2 - 1) << 1;
        CustomerId[] keys = new CustomerId[capacity];
        int[] hashes = new int[capacity];
        int[] values = new int[capacity];
        int count = 0;
        for (Customer customer : all) {
            Integer secretary = pots.ownerOf(customer).map(secretaryIndex::get).orElse(null);
            if (secretary == null) {
                continue;
            }
            int h = spread(customer.id().hashCode());
            int i = h & (capacity - 1);
            while (keys[i] != null) {
                checkArgument(!keys[i].equals(customer.id()), "customer %s listed twice", customer.id());
                i = (i + 1) & (capacity - 1);
            }
            keys[i] = customer.id();
            hashes[i] = h;
            values[i] = (secretary << 1) | (customer.role() == Role.EMPLOYEE ? 1 : 0);
            count++;
        }
        return new ReachabilityIndex(keys, hashes, values, count, timelines.toArray(new Timeline[0]));
    }

    /** Who answers the customer at the instant; never null. */
    public Reachability whoAnswers(CustomerId customer, Instant at) {
        int h = spread(customer.hashCode());
        int i = h & mask;
        CustomerId key;
        while ((key = keys[i]) != null) {
            if (key == customer || (hashes[i] == h && key.equals(customer))) {
                int v = values[i];
                return timelines[v >>> 1].answer(at.getEpochSecond(), v & 1);
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

    /** The bytes of the per-secretary timelines (boundaries and answer references; answers are shared). */
    public long timelineBytes(int referenceBytes) {
        long sum = 0;
        for (Timeline t : timelines) {
            sum += t.bounds.length * 8L + t.dayFirst.length * 4L + 2L * t.answers[0].length * referenceBytes;
        }
        return sum;
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /** One secretary's day-by-day segments with their precomputed answers (index 0 plain, 1 for employees). */
    private static final class Timeline {
        final long[] bounds;
        final int[] dayFirst;
        final Reachability[][] answers;
        final Reachability[] outside;

        private Timeline(long[] bounds, int[] dayFirst, Reachability[][] answers, Reachability[] outside) {
            this.bounds = bounds;
            this.dayFirst = dayFirst;
            this.answers = answers;
            this.outside = outside;
        }

        Reachability answer(long second, int employee) {
            int n = bounds.length - 1;
            if (second < bounds[0] || second >= bounds[n]) {
                return outside[employee];
            }
            // A day is 23–25 h (DST), so the estimate is off by at most one day; then a few segments to scan.
            int day = (int) Math.min(dayFirst.length - 1, (second - bounds[0]) / 86_400L);
            while (day + 1 < dayFirst.length && bounds[dayFirst[day + 1]] <= second) {
                day++;
            }
            while (day > 0 && bounds[dayFirst[day]] > second) {
                day--;
            }
            int segment = dayFirst[day];
            while (bounds[segment + 1] <= second) {
                segment++;
            }
            return answers[employee][segment];
        }

        static Timeline of(SecretaryId secretary, PhonePlan plan, LocalizedText hint) {
            ZoneId zone = plan.zone();
            List<Long> bounds = new ArrayList<>();
            List<Integer> dayFirst = new ArrayList<>();
            List<DatedWindow> segmentWindow = new ArrayList<>();
            List<Boolean> segmentOpen = new ArrayList<>();
            List<DatedWindow> mine = plan.windows().stream().filter(w -> w.owner().equals(secretary)).toList();
            int next = 0;
            for (LocalDate date = plan.from(); !date.isAfter(plan.to()); date = date.plusDays(1)) {
                long dayStart = date.atStartOfDay(zone).toEpochSecond();
                boolean open = plan.openDays().contains(date);
                long cursor = dayStart;
                dayFirst.add(bounds.size());
                bounds.add(cursor);
                segmentWindow.add(null);
                segmentOpen.add(open);
                while (next < mine.size() && mine.get(next).date().equals(date)) {
                    DatedWindow w = mine.get(next++);
                    long start = w.startIn(zone).toEpochSecond();
                    long end = w.endIn(zone).toEpochSecond();
                    if (start < cursor || end <= start) {
                        continue; // overlapping or empty windows in a hand-made plan: the earlier one wins
                    }
                    if (start > cursor) {
                        bounds.add(start);
                        segmentWindow.add(w);
                        segmentOpen.add(open);
                    } else {
                        segmentWindow.set(segmentWindow.size() - 1, w);
                    }
                    bounds.add(end);
                    segmentWindow.add(null);
                    segmentOpen.add(open);
                    cursor = end;
                }
                while (next < mine.size() && mine.get(next).date().isBefore(date.plusDays(1))) {
                    next++;
                }
            }
            bounds.add(plan.to().plusDays(1).atStartOfDay(zone).toEpochSecond());
            int n = segmentWindow.size();
            Reachability[][] answers = new Reachability[2][n];
            Optional<NextWindow> upcoming = Optional.empty();
            for (int s = n - 1; s >= 0; s--) {
                DatedWindow w = segmentWindow.get(s);
                for (int e = 0; e < 2; e++) {
                    Optional<LocalizedText> h = e == 1 ? Optional.of(hint) : Optional.empty();
                    if (w != null && w.answeredBy().answers()) {
                        answers[e][s] = new Reachability.Answered(secretary, w.answeredBy(), w.endIn(zone).toInstant(), h);
                    } else if (segmentOpen.get(s)) {
                        answers[e][s] = new Reachability.Voicemail(secretary, upcoming, h);
                    } else {
                        answers[e][s] = new Reachability.Closed(secretary, upcoming, h);
                    }
                }
                if (w != null && w.answeredBy().answers()) {
                    upcoming = Optional.of(new NextWindow(w.answeredBy(), w.date(), w.start(), w.end(), zone));
                }
            }
            long[] b = bounds.stream().mapToLong(Long::longValue).toArray();
            Reachability[] outside = {new Reachability.OutsidePlan(secretary, Optional.empty()),
                new Reachability.OutsidePlan(secretary, Optional.of(hint))};
            return new Timeline(b, dayFirst.stream().mapToInt(Integer::intValue).toArray(), answers, outside);
        }
    }
}
