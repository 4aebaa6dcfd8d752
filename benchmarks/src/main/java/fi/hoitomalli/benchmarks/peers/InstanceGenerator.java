package fi.hoitomalli.benchmarks.peers;

import fi.hoitomalli.calendar.FinnishHolidays;
import fi.hoitomalli.calendar.Holiday;
import fi.hoitomalli.calendar.WorkingCalendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Seeded generator of benchmark instances: 10 / 30 / 100 / 300 teams of 4–12 secretaries
 * (consecutive members paired, an odd last one unpaired), a month, a quarter or a year of Vantaa's
 * working calendar (Finnish holidays, payroll runs on the 10th and 25th moved back to a working day),
 * short and long absences, peaked / bimodal / flat vote profiles, {@code minOnPhone} 1 and 2, a long
 * Tuesday (08–18) for evening sectors, and — on request — teams made infeasible on purpose.
 *
 * <p>Deterministic: the same arguments give the same instance ({@link SplittableRandom}).
 */
public final class InstanceGenerator {

    /** What to break on purpose in a few teams of an instance. */
    public enum Breakage {
        /** Nothing: every team is feasible by construction. */
        NONE,
        /** {@code minOnPhone} 2 in a team too small to cover every slot twice (PH-4). */
        TOO_FEW_FOR_COVERAGE,
        /** A minimum quiet time of 5 h on an 8 h day with pairs (PH-3). */
        QUIET_TIME,
        /** The same start all week with a long Tuesday: the evening slots are unreachable (PH-2, PH-4). */
        SAME_START_LONG_DAY,
        /** One team broken each of the three ways above (teams t000, t001, t002). */
        MIXED
    }

    private static final LocalTime OPENS = LocalTime.of(8, 0);
    private static final LocalTime CLOSES = LocalTime.of(16, 0);
    private static final LocalTime LONG_CLOSES = LocalTime.of(18, 0);

    private InstanceGenerator() {
    }

    /**
     * The default benchmark set for one seed: 10 teams / month, 30 / quarter, 100 / year, 300 / year
     * (feasible; profiles rotate with the seed) and one deliberately infeasible instance of 30 teams (or
     * the smallest size) with three teams broken, each a different way ({@link Breakage#MIXED}).
     */
    public static List<PeerInstance> standardSet(long seed, List<Integer> sizes) {
        String[] profiles = {"peaked", "bimodal", "flat"};
        int k = (int) Math.floorMod(seed, 3L);
        List<PeerInstance> out = new ArrayList<>();
        for (int size : sizes) {
            String horizon = size <= 10 ? "month" : size <= 30 ? "quarter" : "year";
            out.add(generate(size, horizon, profiles[k++ % 3], seed, Breakage.NONE));
        }
        int small = sizes.stream().mapToInt(Integer::intValue).min().orElse(10);
        int mid = sizes.stream().filter(s -> s >= 30).mapToInt(Integer::intValue).min().orElse(small);
        out.add(generate(mid, "quarter", profiles[k % 3], seed, Breakage.MIXED));
        return out;
    }

    /**
     * One instance.
     *
     * @param teams number of teams
     * @param horizon {@code month} (January), {@code quarter} (April–June) or {@code year} (2026)
     * @param profile {@code peaked}, {@code bimodal} or {@code flat}
     * @param seed generator seed
     * @param breakage what to make infeasible
     */
    public static PeerInstance generate(int teams, String horizon, String profile, long seed, Breakage breakage) {
        Objects.requireNonNull(breakage, "breakage must not be null");
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + teams * 31L + horizon.hashCode()
                + profile.hashCode() * 7L + breakage.ordinal());
        LocalDate from;
        LocalDate to;
        switch (horizon) {
            case "month" -> {
                from = LocalDate.of(2026, 1, 1);
                to = LocalDate.of(2026, 1, 31);
            }
            case "quarter" -> {
                from = LocalDate.of(2026, 4, 1);
                to = LocalDate.of(2026, 6, 30);
            }
            case "year" -> {
                from = LocalDate.of(2026, 1, 1);
                to = LocalDate.of(2026, 12, 31);
            }
            default -> throw new IllegalArgumentException("unknown horizon " + horizon);
        }
        WorkingCalendar calendar = WorkingCalendar.vantaaDefault();
        List<LocalDate> holidays = new ArrayList<>();
        for (Holiday h : FinnishHolidays.of(2026)) {
            if (!h.date().isBefore(from) && !h.date().isAfter(to)) {
                holidays.add(h.date());
            }
        }
        List<LocalDate> payroll = new ArrayList<>();
        List<LocalDate> working = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isPayrollRunDay(d)) {
                payroll.add(d);
            }
            if (calendar.isWorkingDay(d)) {
                working.add(d);
            }
        }
        int broken = breakage == Breakage.NONE ? 0 : breakage == Breakage.MIXED ? 3 : Math.max(1, teams / 30);
        List<PeerInstance.Team> list = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            Breakage here = t >= broken ? Breakage.NONE : breakage == Breakage.MIXED ? Breakage.values()[1 + t] : breakage;
            list.add(team(String.format("t%03d", t), profile, here, random, working));
        }
        String name = String.format("t%d-%s-%s%s-s%d", teams, horizon, profile,
                breakage == Breakage.NONE ? "" : "-" + breakage.name().toLowerCase().replace('_', '-'), seed);
        String note = switch (breakage) {
            case NONE -> "";
            case TOO_FEW_FOR_COVERAGE -> broken + " team(s) with minOnPhone 2 and too few secretaries (PH-4)";
            case QUIET_TIME -> broken + " team(s) with 5 h minimum quiet time on an 8 h day with pairs (PH-3)";
            case SAME_START_LONG_DAY -> broken + " team(s) with the same start all week and a long Tuesday (PH-2, PH-4)";
            case MIXED -> "t000 too few for minOnPhone 2 (PH-4), t001 5 h quiet time (PH-3), "
                    + "t002 same start all week with a long Tuesday (PH-2, PH-4)";
        };
        return new PeerInstance(name, seed, teams, horizon, profile, from, to, holidays, payroll, list,
                breakage == Breakage.NONE, note);
    }

    /**
     * One hard team as a one-team instance (for {@code HardUnitBenchmark}): {@code size} secretaries with
     * consecutive members paired, {@code minOnPhone} on the phone, 2 h windows on a 30 min grid, a start per
     * weekday, and either the generator's long Tuesday (08–18, other days 08–16) or 12 h days (07–19)
     * Monday to Friday; votes of the given profile as in {@link #generate}, a month of January 2026.
     *
     * @param size team size
     * @param minOnPhone coverage per slot
     * @param twelveHours 07–19 every weekday instead of the long Tuesday
     * @param profile {@code peaked}, {@code bimodal} or {@code flat}
     * @param seed generator seed
     */
    public static PeerInstance hardTeam(int size, int minOnPhone, boolean twelveHours, String profile, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 7_919L + size * 131L + minOnPhone * 17L
                + (twelveHours ? 1 : 0) + profile.hashCode());
        String id = "h000";
        List<String> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(String.format("%s-s%02d", id, i));
        }
        List<PeerInstance.Pair> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < size; i += 2) {
            pairs.add(new PeerInstance.Pair(members.get(i), members.get(i + 1)));
        }
        Map<DayOfWeek, PeerInstance.Hours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.put(d, twelveHours ? new PeerInstance.Hours(LocalTime.of(7, 0), LocalTime.of(19, 0))
                    : new PeerInstance.Hours(OPENS, d == DayOfWeek.TUESDAY ? LONG_CLOSES : CLOSES));
        }
        PeerInstance.Policy policy = new PeerInstance.Policy(hours, 120, 30, 240, minOnPhone, false, 60);
        PeerInstance.Team team = new PeerInstance.Team(id, id + "-lead", members, pairs, policy,
                votes(members, hours, profile, random), List.of());
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 1, 31);
        List<LocalDate> holidays = new ArrayList<>();
        for (Holiday h : FinnishHolidays.of(2026)) {
            if (!h.date().isBefore(from) && !h.date().isAfter(to)) {
                holidays.add(h.date());
            }
        }
        List<LocalDate> payroll = new ArrayList<>();
        WorkingCalendar calendar = WorkingCalendar.vantaaDefault();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isPayrollRunDay(d)) {
                payroll.add(d);
            }
        }
        String name = String.format("hard-%d-m%d-%s-%s-s%d", size, minOnPhone, twelveHours ? "12h" : "10hTue", profile,
                seed);
        return new PeerInstance(name, seed, 1, "month", profile, from, to, holidays, payroll, List.of(team), true,
                "one hard team");
    }

    private static PeerInstance.Team team(String id, String profile, Breakage breakage, SplittableRandom random,
                                          List<LocalDate> working) {
        int size = breakage == Breakage.TOO_FEW_FOR_COVERAGE ? 4 + random.nextInt(4) : 4 + random.nextInt(9);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(String.format("%s-s%02d", id, i));
        }
        List<PeerInstance.Pair> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < size; i += 2) {
            pairs.add(new PeerInstance.Pair(members.get(i), members.get(i + 1)));
        }
        // Coverage of an 8 h day with 2 h windows needs 4 windows per required person on the phone; a
        // 10 h long Tuesday needs 5. The generator only asks for what the team can give (unless broken).
        boolean longDay = breakage == Breakage.SAME_START_LONG_DAY || size >= 5 && random.nextInt(5) == 0;
        int perCover = longDay ? 5 : 4;
        int minOnPhone = breakage == Breakage.TOO_FEW_FOR_COVERAGE ? 2
                : size >= 2 * perCover && random.nextInt(3) == 0 ? 2 : 1;
        boolean sameStart = breakage == Breakage.SAME_START_LONG_DAY || !longDay && random.nextBoolean();
        Map<DayOfWeek, PeerInstance.Hours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.put(d, new PeerInstance.Hours(OPENS, longDay && d == DayOfWeek.TUESDAY ? LONG_CLOSES : CLOSES));
        }
        int quiet = breakage == Breakage.QUIET_TIME ? 300 : 240;
        int payrollWindow = random.nextInt(5) == 0 ? 0 : 60;
        PeerInstance.Policy policy = new PeerInstance.Policy(hours, 120, 30, quiet, minOnPhone, sameStart, payrollWindow);
        return new PeerInstance.Team(id, id + "-lead", members, pairs, policy,
                votes(members, hours, profile, random), absences(members, working, random));
    }

    private static List<PeerInstance.Tally> votes(List<String> members, Map<DayOfWeek, PeerInstance.Hours> hours,
                                                  String profile, SplittableRandom random) {
        // A team shares its sector's habits: one peak (or two) for the team, each secretary jittered.
        int teamPeak = 9 * 60 + 30 * random.nextInt(8);
        List<PeerInstance.Tally> out = new ArrayList<>();
        for (String s : members) {
            int peak = teamPeak + 30 * (random.nextInt(3) - 1);
            int customers = 15 + random.nextInt(50);
            TreeMap<String, Integer> tally = new TreeMap<>();
            for (int c = 0; c < customers; c++) {
                List<DayOfWeek> days = random.nextInt(10) < 3 ? List.copyOf(hours.keySet())
                        : List.of(DayOfWeek.of(1 + random.nextInt(5)));
                for (DayOfWeek day : days) {
                    PeerInstance.Hours h = hours.get(day);
                    int slots = (h.closesMinute() - h.opensMinute()) / 30;
                    int slot = switch (profile) {
                        case "peaked" -> clamp((peak - h.opensMinute()) / 30 + (int) Math.round(gaussian(random) * 1.2), slots);
                        case "bimodal" -> clamp((random.nextBoolean() ? 2 : 11) + (int) Math.round(gaussian(random) * 1.5), slots);
                        case "flat" -> random.nextInt(slots);
                        default -> throw new IllegalArgumentException("unknown profile " + profile);
                    };
                    LocalTime t = h.opens().plusMinutes(30L * slot);
                    tally.merge(day.getValue() + "|" + t, 1, Integer::sum);
                }
            }
            tally.forEach((k, v) -> {
                String[] parts = k.split("\\|");
                out.add(new PeerInstance.Tally(s, DayOfWeek.of(Integer.parseInt(parts[0])), LocalTime.parse(parts[1]), v));
            });
        }
        return out;
    }

    private static List<PeerInstance.Away> absences(List<String> members, List<LocalDate> working,
                                                    SplittableRandom random) {
        List<PeerInstance.Away> out = new ArrayList<>();
        int months = Math.max(1, working.size() / 21);
        for (String s : members) {
            LocalDate busyUntil = LocalDate.MIN;
            for (int m = 0; m < months; m++) {
                if (random.nextInt(4) == 0) {
                    int start = Math.min(working.size() - 1, m * 21 + random.nextInt(21));
                    if (random.nextInt(4) == 0) {
                        int end = Math.min(working.size() - 1, start + 4 + random.nextInt(15));
                        busyUntil = add(out, s, working.get(start), working.get(end), "ANNUAL_LEAVE", busyUntil);
                    } else {
                        int end = Math.min(working.size() - 1, start + random.nextInt(2));
                        busyUntil = add(out, s, working.get(start), working.get(end), "SICK_LEAVE", busyUntil);
                    }
                }
            }
        }
        return out;
    }

    private static LocalDate add(List<PeerInstance.Away> out, String s, LocalDate from, LocalDate to, String kind,
                                 LocalDate busyUntil) {
        if (!from.isAfter(busyUntil)) {
            return busyUntil;
        }
        out.add(new PeerInstance.Away(s, from, to, kind));
        return to;
    }

    private static int clamp(int slot, int slots) {
        return Math.max(0, Math.min(slots - 1, slot));
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /**
     * Writes the default set for seeds 1 and 2 to the directory of the first argument, by default the benchmarks
     * module's {@code target/peers/instances} (Maven's exec runs in the module directory; from the project root
     * the path is {@code benchmarks/target/peers/instances}).
     *
     * @throws IOException where a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        String home = Files.isDirectory(Path.of("src/main/java/fi/hoitomalli/benchmarks")) ? "target/peers/instances"
                : "benchmarks/target/peers/instances";
        Path dir = Path.of(args.length > 0 ? args[0] : home);
        for (long seed = 1; seed <= 2; seed++) {
            for (PeerInstance i : standardSet(seed, List.of(10, 30, 100, 300))) {
                InstanceJson.write(i, dir);
            }
        }
    }
}
