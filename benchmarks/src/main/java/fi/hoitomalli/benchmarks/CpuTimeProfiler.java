package fi.hoitomalli.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports CPU time per operation, which the other processes' load on a shared machine
 * affects much less than the wall-clock score (time spent waiting for a core is not counted):
 * {@code cpu.time.norm} is the benchmark thread's own CPU time, {@code cpu.process.norm} the whole JVM's
 * (so it includes garbage collection, and the JIT compiler while it is still busy).
 * Use with {@code -prof fi.hoitomalli.benchmarks.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> before = new HashMap<>();
    private long processBefore;

    @Override
    public String getDescription() {
        return "CPU time per operation: the benchmark thread's, and the whole JVM's";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before.clear();
        for (long id : threads.getAllThreadIds()) {
            before.put(id, threads.getThreadCpuTime(id));
        }
        processBefore = processNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long process = processNanos() - processBefore;
        long worker = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("jmh-worker")) {
                long now = threads.getThreadCpuTime(info.getThreadId());
                worker += now - before.getOrDefault(info.getThreadId(), 0L);
            }
        }
        double ops = Math.max(1, result.getMetadata().getAllOps());
        return List.of(new ScalarResult("cpu.time.norm", worker / ops, "ns/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.process.norm", process / ops, "ns/op", AggregationPolicy.AVG));
    }

    private static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
