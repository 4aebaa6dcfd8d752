package fi.hoitomalli.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.customer.CollectiveAgreement;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.reference.CityGenerator;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.reference.VantaaReference;
import fi.hoitomalli.segment.Audience;
import fi.hoitomalli.segment.InSector;
import fi.hoitomalli.segment.Segment;
import fi.hoitomalli.segment.SegmentCount;
import fi.hoitomalli.segment.SegmentCounts;
import fi.hoitomalli.segment.SpeaksLanguage;
import fi.hoitomalli.segment.UnderAgreement;
import fi.hoitomalli.team.PotPolicy;

/**
 * Segmentation benchmark (a plain main): generates a Vantaa-shaped city of 1,000,000 customers, measures
 * the heap it takes (used heap after {@code System.gc()}, before and after, via {@link MemoryMXBean}),
 * and times counting every sector × role × agreement segment with the one-pass
 * {@link SegmentCounts#bySectorRoleAgreement} against the baseline of testing each of those segments
 * against each customer ({@link SegmentCounts#of}), plus resolving two audiences. Times are the main
 * thread's CPU time, with wall clock in parentheses (on a shared machine it includes waiting for a core).
 *
 * <p>{@code ./mvnw -q -Pbench -pl benchmarks -am package -Dbench=SegmentationBenchmark}
 */
public final class SegmentationBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SegmentationBenchmark() {
    }

    /**
     * Runs the benchmark and prints a Markdown table.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        // Vantaa's proportions: 720 supervisors and 41 secretaries per 11,416 customers.
        ReferenceCity city = CityGenerator.seeded(7)
                .generate(VantaaReference.scaled(1_000_000, 63_070, 3_592, PotPolicy.VANTAA));
        double generate = (System.nanoTime() - t0) / 1e9;
        double generateCpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
        long after = usedAfterGc(memory);
        CustomerBase base = city.customerBase();
        System.out.printf(Locale.ROOT, "generated %,d customers, %,d units in %.1f s; heap used after GC %,d MiB "
                        + "(before %,d MiB, city %,d MiB)%n", base.size(), city.orgStructure().units().size(), generate,
                after >> 20, before >> 20, (after - before) >> 20);

        long[] fast = new long[15];
        long[] fastCpu = new long[15];
        SegmentCounts cube = null;
        for (int i = 0; i < 5; i++) {
            SegmentCounts.bySectorRoleAgreement(base);
        }
        for (int i = 0; i < fast.length; i++) {
            long c = CPU.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            cube = SegmentCounts.bySectorRoleAgreement(base);
            fast[i] = System.nanoTime() - s;
            fastCpu[i] = CPU.getCurrentThreadCpuTime() - c;
        }
        List<Segment> cells = cube.counts().stream().map(SegmentCount::segment).toList();
        long c = CPU.getCurrentThreadCpuTime();
        long s = System.nanoTime();
        SegmentCounts slow = SegmentCounts.of(base, cells);
        long naive = System.nanoTime() - s;
        long naiveCpu = CPU.getCurrentThreadCpuTime() - c;
        if (!slow.equals(cube)) {
            throw new IllegalStateException("the one-pass counts differ from the per-segment counts");
        }
        Segment teachers = new InSector(VantaaReference.SIVI).and(new UnderAgreement(CollectiveAgreement.OVTES.code()));
        c = CPU.getCurrentThreadCpuTime();
        int teacherSupervisors = Audience.of(teachers).resolve(base).size();
        long audience1 = CPU.getCurrentThreadCpuTime() - c;
        c = CPU.getCurrentThreadCpuTime();
        int swedish = Audience.of(new SpeaksLanguage(Language.SV)).resolve(base).size();
        long audience2 = CPU.getCurrentThreadCpuTime() - c;

        System.out.println();
        System.out.println("| measure | value |");
        System.out.println("|---|---:|");
        System.out.printf(Locale.ROOT, "| customers / org units | %,d / %,d |%n", base.size(),
                city.orgStructure().units().size());
        System.out.printf(Locale.ROOT, "| heap used by the city after GC (customers, structure, pots) | %,d MiB |%n",
                (after - before) >> 20);
        System.out.printf(Locale.ROOT, "| all %d sector × role × agreement counts, one pass: CPU (wall), median of %d "
                + "| %.0f ms (%.0f ms) |%n", cells.size(), fast.length, median(fastCpu) / 1e6, median(fast) / 1e6);
        System.out.printf(Locale.ROOT, "| same counts, baseline: each segment tested per customer, 1 run: CPU (wall) "
                + "| %.0f ms (%.0f ms) |%n", naiveCpu / 1e6, naive / 1e6);
        System.out.printf(Locale.ROOT, "| audience: supervisors of SIVI × OVTES (%,d recipients), CPU | %.0f ms |%n",
                teacherSupervisors, audience1 / 1e6);
        System.out.printf(Locale.ROOT, "| audience: supervisors reaching Swedish-speaking customers (%,d recipients), CPU | %.0f ms |%n",
                swedish, audience2 / 1e6);
        System.out.printf(Locale.ROOT, "| generating the city incl. pot planning: CPU (wall) | %.1f s (%.1f s) |%n",
                generateCpu, generate);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
