package fi.hoitomalli.benchmarks;

import java.util.List;
import fi.hoitomalli.phone.PhonePlan;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.ReachabilityIndex;
import fi.hoitomalli.team.ServiceTeam;

/**
 * Memory of {@link ReachabilityIndex} at 1,000,000 customers (plain main): the table's exact array sizes,
 * and the retained-heap growth measured around building the index while the directory and plans stay
 * alive. Run: {@code ./mvnw -q -Pbench -pl benchmarks -am package -Dbench=ReachabilityMemory}.
 */
public final class ReachabilityMemory {

    private ReachabilityMemory() {
    }

    public static void main(String[] args) {
        List<ServiceTeam> teams = PhoneBenchData.cityOf300();
        PhoneBenchData.City city = PhoneBenchData.city(teams, 1_000_000, 7);
        List<PhonePlan> plans = PhoneBenchData.plans(teams, PhonePolicy.vantaaDefault(), 7);
        long before = retained();
        ReachabilityIndex index = ReachabilityIndex.build(plans, teams, city.pots(), city.directory());
        long after = retained();
        int n = index.customers();
        System.out.printf("customers indexed: %,d%n", n);
        System.out.printf("table (4-byte refs): %,d bytes = %.1f bytes/customer%n", index.tableBytes(4),
                index.tableBytes(4) / (double) n);
        System.out.printf("table (8-byte refs): %,d bytes = %.1f bytes/customer%n", index.tableBytes(8),
                index.tableBytes(8) / (double) n);
        System.out.printf("measured retained heap growth: %,d bytes = %.1f bytes/customer (whole index: table and timelines)%n",
                after - before, (after - before) / (double) n);
        if (index.customers() < 0 || plans.isEmpty() || city.ids().isEmpty()) {
            System.out.println("unreachable: keeps the directory and plans alive until here");
        }
    }

    private static long retained() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
