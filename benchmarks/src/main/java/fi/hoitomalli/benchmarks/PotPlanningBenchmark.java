package fi.hoitomalli.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.reference.CityGenerator;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.reference.VantaaReference;
import fi.hoitomalli.team.PotPlan;
import fi.hoitomalli.team.PotPlanResult;
import fi.hoitomalli.team.PotPlanner;
import fi.hoitomalli.team.PotPolicy;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.SubstitutePair;

/**
 * Pot planning benchmark (a plain main): plans the Vantaa reference and a generated city of about
 * 100,000 units and 3,000 secretaries, and reports in the same run the time, the largest pot's
 * deviation from the ideal next to the longest-processing-time greedy baseline, and the churn of a
 * re-plan with nothing changed and of a re-plan after one secretary leaves. Times are the median of
 * several runs after warm-up: the main thread's CPU time, and wall clock in parentheses (on a shared
 * machine the wall clock includes waiting for a core, so read it as rough).
 *
 * <p>{@code ./mvnw -q -Pbench -pl benchmarks -am package -Dbench=PotPlanningBenchmark}
 */
public final class PotPlanningBenchmark {

    /** The large city's policy: Vantaa's employee targets, a looser supervisor cap (units are smaller). */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    static final PotPolicy LARGE_POLICY = new PotPolicy(250, 450, 10, 60, 0.10);

    private PotPlanningBenchmark() {
    }

    /**
     * Runs the benchmark and prints a Markdown table.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        List<String> rows = new ArrayList<>();
        ReferenceCity vantaa = VantaaReference.city();
        rows.add(run("Vantaa reference", vantaa, 30, 30));
        long start = System.nanoTime();
        long startCpu = CPU.getCurrentThreadCpuTime();
        ReferenceCity large = CityGenerator.seeded(42)
                .generate(VantaaReference.scaled(1_000_000, 100_000, 3_000, LARGE_POLICY));
        System.out.printf(Locale.ROOT, "generated the large city (%,d customers, %,d units, %,d secretaries) "
                        + "in %.1f s CPU (%.1f s wall)%n", large.customerBase().size(), large.orgStructure().units().size(),
                large.serviceCentre().secretaries().size(), (CPU.getCurrentThreadCpuTime() - startCpu) / 1e9,
                (System.nanoTime() - start) / 1e9);
        rows.add(run("100k units / 3k secretaries", large, 2, 5));
        System.out.println();
        System.out.println("| case | units | secretaries | plan: CPU (wall), median | greedy LPT: CPU (wall), median "
                + "| largest deviation: "
                + "planner | largest deviation: LPT | re-plan unchanged: churn | one secretary leaves: churn "
                + "(her customers) | re-plan time |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
    }

    private static String run(String name, ReferenceCity city, int warmup, int runs) {
        CustomerBase base = city.customerBase();
        ServiceCentre centre = city.serviceCentre();
        PotPlanner planner = PotPlanner.balanced(city.potPolicy());
        PotPlanner greedy = PotPlanner.greedyBaseline(city.potPolicy());
        for (int i = 0; i < warmup; i++) {
            planner.plan(base, centre);
            greedy.plan(base, centre);
        }
        long[] planTimes = new long[runs];
        long[] greedyTimes = new long[runs];
        long[] planCpu = new long[runs];
        long[] greedyCpu = new long[runs];
        PotPlan plan = null;
        PotPlan baseline = null;
        for (int i = 0; i < runs; i++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            plan = (PotPlan) planner.plan(base, centre);
            long c1 = CPU.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            baseline = (PotPlan) greedy.plan(base, centre);
            long c2 = CPU.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            planTimes[i] = t1 - t0;
            greedyTimes[i] = t2 - t1;
            planCpu[i] = c1 - c0;
            greedyCpu[i] = c2 - c1;
        }
        PotPlan again = (PotPlan) planner.plan(base, centre, plan.assignment());
        SecretaryId leaver = centre.teams().get(0).members().get(0);
        int hers = plan.assignment().potOf(leaver, base).customers().size();
        long t3 = System.nanoTime();
        PotPlanResult afterLeave = planner.plan(base, without(centre, leaver), plan.assignment());
        long replan = System.nanoTime() - t3;
        String leave = afterLeave instanceof PotPlan p
                ? String.format(Locale.ROOT, "%,d units / %,d customers (%,d)", p.churn().unitsMoved(),
                        p.churn().customersMoved(), hers)
                : "infeasible";
        return String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f ms (%.1f ms) | %.1f ms (%.1f ms) | %.1f (%.2f %%) | "
                        + "%.1f (%.2f %%) | %,d customers | %s | %.1f ms |", name, city.orgStructure().units().size(),
                centre.secretaries().size(), median(planCpu) / 1e6, median(planTimes) / 1e6,
                median(greedyCpu) / 1e6, median(greedyTimes) / 1e6,
                plan.balance().maxDeviation(), 100 * plan.balance().maxRelativeDeviation(),
                baseline.balance().maxDeviation(), 100 * baseline.balance().maxRelativeDeviation(),
                again.churn().customersMoved(), leave, replan / 1e6);
    }

    private static double median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static ServiceCentre without(ServiceCentre centre, SecretaryId leaver) {
        List<ServiceTeam> teams = new ArrayList<>();
        for (ServiceTeam team : centre.teams()) {
            List<SecretaryId> members = team.members().stream().filter(m -> !m.equals(leaver)).toList();
            List<SubstitutePair> pairs = team.pairs().stream().filter(p -> !p.contains(leaver)).toList();
            teams.add(new ServiceTeam(team.id(), team.name(), team.sectors(), team.lead(), members, pairs));
        }
        List<Secretary> secretaries = centre.secretaries().stream().filter(s -> !s.id().equals(leaver)).toList();
        return ServiceCentre.of(teams, secretaries, centre.management());
    }
}
