package fi.hoitomalli.benchmarks.peers;

import java.util.List;
import java.util.Objects;

/**
 * What one solver did on one instance, as the solver itself reports it; {@code PeerBenchmark} re-scores
 * {@link #plan()} with the one independent scorer before anything is compared.
 *
 * @param solver the label, e.g. {@code CP-SAT 9.14 (1 worker)}
 * @param status {@code OPTIMAL}, {@code FEASIBLE}, {@code INFEASIBLE} or {@code UNKNOWN}
 * @param plan the best template found (empty when none)
 * @param firstFeasibleMillis wall time to the first solution with no hard violation, -1 if none
 * @param provenMillis wall time to a proof (of optimality or of infeasibility), -1 if none
 * @param totalMillis wall time of the whole solve, model building included
 * @param timeline every improvement of the best solution, as reported by the solver
 * @param explanation for an infeasible instance, how the solver explains it (rule ids), else empty
 */
public record PeerRun(String solver, String status, PeerPlan plan, long firstFeasibleMillis, long provenMillis,
                      long totalMillis, List<Point> timeline, String explanation) {
    public PeerRun {
        Objects.requireNonNull(solver, "solver must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(plan, "plan must not be null");
        Objects.requireNonNull(explanation, "explanation must not be null");
        timeline = List.copyOf(timeline);
    }

    /**
     * One improvement.
     *
     * @param millis wall time since the solve started
     * @param hard hard-rule penalty the solver reports (0 = feasible)
     * @param votes the PH-8 objective the solver reports
     */
    public record Point(long millis, long hard, long votes) {
    }

    /** The best solver-reported point at or before {@code millis}, or null if none yet. */
    public Point at(long millis) {
        Point best = null;
        for (Point p : timeline) {
            if (p.millis() <= millis) {
                best = p;
            }
        }
        return best;
    }
}
