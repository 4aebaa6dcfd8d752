package fi.hoitomalli.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.PhoneScheduler;
import fi.hoitomalli.phone.PhoneWindow;
import fi.hoitomalli.phone.ScheduleResult;
import fi.hoitomalli.phone.ServiceHours;
import fi.hoitomalli.phone.Votes;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;

/**
 * Scheduling benchmark (plain main): the six Vantaa-like teams with the Vantaa policy, warm, and a city of
 * 300 teams (about 3,000 secretaries); every team must come back proven optimal. Also prints the six
 * teams' templates as the README's worked example.
 * Run: {@code ./mvnw -q -Pbench -pl benchmarks -am package -Dbench=SchedulingBenchmark}.
 */
public final class SchedulingBenchmark {

    private SchedulingBenchmark() {
    }

    public static void main(String[] args) {
        PhonePolicy policy = PhonePolicy.vantaaDefault();
        PhoneScheduler scheduler = PhoneScheduler.standard();
        List<ServiceTeam> six = PhoneBenchData.teams(PhoneBenchData.VANTAA_SIZES, PhoneBenchData.VANTAA_NAMES);
        List<Votes> sixVotes = six.stream().map(t -> PhoneBenchData.votes(t, policy, 2009)).toList();
        List<ServiceTeam> city = PhoneBenchData.cityOf300();
        List<Votes> cityVotes = city.stream().map(t -> PhoneBenchData.votes(t, policy, 2009)).toList();
        PhonePolicy perDay = policy.withSameStartAllWeek(false);

        for (int i = 0; i < 300; i++) {
            runAll(scheduler, six, sixVotes, policy);
            runAll(scheduler, six, sixVotes, perDay);
        }
        report("six Vantaa teams, same start all week", measure(scheduler, six, sixVotes, policy, 200));
        report("six Vantaa teams, start per weekday", measure(scheduler, six, sixVotes, perDay, 100));
        report("300 teams / " + city.stream().mapToInt(t -> t.members().size()).sum() + " secretaries, same start",
                measure(scheduler, city, cityVotes, policy, 5));
        report("300 teams, start per weekday", measure(scheduler, city, cityVotes, perDay, 3));
        PhonePolicy longDay = longDay(policy);
        List<Votes> sixLongVotes = six.stream().map(t -> PhoneBenchData.votes(t, longDay, 2009)).toList();
        List<Votes> cityLongVotes = city.stream().map(t -> PhoneBenchData.votes(t, longDay, 2009)).toList();
        for (int i = 0; i < 3; i++) {
            runAll(scheduler, six, sixLongVotes, longDay);
            runAll(scheduler, six, sixLongVotes, longDay.withMinOnPhone(2));
        }
        PhonePolicy longDay2 = longDay.withMinOnPhone(2);
        report("six teams, 12 h days, minOnPhone 1" + feasible(scheduler, six, sixLongVotes, longDay),
                measure(scheduler, six, sixLongVotes, longDay, 10));
        report("six teams, 12 h days, minOnPhone 2" + feasible(scheduler, six, sixLongVotes, longDay2),
                measure(scheduler, six, sixLongVotes, longDay2, 10));
        report("300 teams, 12 h days, minOnPhone 1" + feasible(scheduler, city, cityLongVotes, longDay),
                measure(scheduler, city, cityLongVotes, longDay, 1));
        report("300 teams, 12 h days, minOnPhone 2" + feasible(scheduler, city, cityLongVotes, longDay2),
                measure(scheduler, city, cityLongVotes, longDay2, 1));
        printTemplates(scheduler, six, sixVotes, policy);
    }

    /** The Vantaa policy with 12-hour service days, Monday to Friday 07:00–19:00. */
    private static PhonePolicy longDay(PhonePolicy policy) {
        Map<DayOfWeek, ServiceHours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : policy.serviceHours().keySet()) {
            hours.put(day, new ServiceHours(LocalTime.of(7, 0), LocalTime.of(19, 0)));
        }
        return policy.withServiceHours(hours);
    }

    private static double[] measure(PhoneScheduler scheduler, List<ServiceTeam> teams, List<Votes> votes,
                                     PhonePolicy policy, int runs) {
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            long proven = runAll(scheduler, teams, votes, policy);
            ms[r] = (System.nanoTime() - start) / 1e6;
            if (proven != teams.size()) {
                throw new IllegalStateException("only " + proven + " of " + teams.size() + " teams proven optimal");
            }
        }
        return ms;
    }

    private static long runAll(PhoneScheduler scheduler, List<ServiceTeam> teams, List<Votes> votes, PhonePolicy policy) {
        long proven = 0;
        for (int t = 0; t < teams.size(); t++) {
            ScheduleResult result = scheduler.schedule(teams.get(t), policy, votes.get(t));
            // Infeasible is an exact answer too (too few secretaries for 12 h with minOnPhone 2, say).
            if (result instanceof ScheduleResult.Scheduled s && s.proof().proven()
                    || result instanceof ScheduleResult.Infeasible) {
                proven++;
            }
        }
        return proven;
    }

    private static String feasible(PhoneScheduler scheduler, List<ServiceTeam> teams, List<Votes> votes,
                                   PhonePolicy policy) {
        long scheduled = 0;
        for (int t = 0; t < teams.size(); t++) {
            if (scheduler.schedule(teams.get(t), policy, votes.get(t)) instanceof ScheduleResult.Scheduled) {
                scheduled++;
            }
        }
        return " [" + scheduled + " of " + teams.size() + " feasible]";
    }

    private static void report(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%-58s median %8.2f ms  min %8.2f ms  max %8.2f ms  (%d runs, all proven optimal or proven infeasible)%n",
                what, sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], ms.length);
    }

    private static void printTemplates(PhoneScheduler scheduler, List<ServiceTeam> teams, List<Votes> votes,
                                       PhonePolicy policy) {
        System.out.println();
        System.out.println("| team | secretary | partner | window (Mon–Fri) | own votes inside | proof |");
        System.out.println("|---|---|---|---|---|---|");
        for (int t = 0; t < teams.size(); t++) {
            ServiceTeam team = teams.get(t);
            ScheduleResult.Scheduled s = (ScheduleResult.Scheduled) scheduler.schedule(team, policy, votes.get(t));
            List<String> rows = new ArrayList<>();
            for (SecretaryId member : team.members()) {
                PhoneWindow w = s.template().windowOf(member, DayOfWeek.MONDAY).orElseThrow();
                long own = votes.get(t).tallies().stream().filter(x -> x.secretary().equals(member)
                        && !x.slot().isBefore(w.start()) && x.slot().isBefore(w.end())).mapToLong(x -> x.votes()).sum();
                rows.add(String.format("| %s | %s | %s | %s–%s | %d | %s |", team.id(), member,
                        team.partnerOf(member).map(SecretaryId::value).orElse("–"), w.start(), w.end(), own,
                        rows.isEmpty() ? s.proof().objective() + " = bound " + s.proof().upperBound() : ""));
            }
            rows.forEach(System.out::println);
        }
    }
}
