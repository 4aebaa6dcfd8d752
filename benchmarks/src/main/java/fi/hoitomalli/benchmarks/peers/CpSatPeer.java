package fi.hoitomalli.benchmarks.peers;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The phone-hour model in Google OR-Tools CP-SAT, one model for the whole instance (or, tuned, one per
 * team): a Boolean per
 * (team, unit, secretary, candidate start) with exactly one true (PH-1, PH-2 by the units of
 * {@link TeamModel}); per slot at least {@code minOnPhone} covering windows (PH-4); per pair and slot at
 * most one of the two covering (PH-5); a pair on a day too short for quiet time cannot have a window at
 * all (PH-3). When the instance is infeasible, a second model guards PH-3, PH-4 and PH-5 each by an
 * assumption literal, and the solver's sufficient assumptions, shrunk by deletion, name the rules.
 *
 * <p>Objective, lexicographic in two solves: first maximise the votes (PH-8; its proof is the
 * "proven" time), then, in the time left, minimise the sum of start indexes among vote-optimal templates
 * (ties go to the earliest start). Our scheduler's tie-break is the lexicographically smallest vector of
 * starts, which a sum does not express, so only the votes are compared.
 */
public final class CpSatPeer implements Peer {

    private static volatile boolean loaded;

    private final int workers;
    private final boolean perTeam;
    private final boolean stopAtFirstSolution;

    /** @param workers CP-SAT search workers (1 = single thread) */
    public CpSatPeer(int workers) {
        this(workers, false, false);
    }

    /**
     * @param workers CP-SAT search workers (1 = single thread)
     * @param perTeam one model per team, solved one after the other, each with an equal share of the time
     *     left (teams are independent; this is how our scheduler works too)
     * @param stopAtFirstSolution stop at the first feasible template (for quick tests)
     */
    public CpSatPeer(int workers, boolean perTeam, boolean stopAtFirstSolution) {
        this.workers = workers;
        this.perTeam = perTeam;
        this.stopAtFirstSolution = stopAtFirstSolution;
    }

    /** Loads the native library once (idempotent). */
    public static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    @Override
    public String label() {
        String base = workers == 1 ? "CP-SAT (1 worker)" : "CP-SAT tuned: multi-worker (" + workers + " workers)";
        return perTeam ? "CP-SAT tuned: one model per team (" + (workers == 1 ? "1 worker" : workers + " workers") + ")"
                : base;
    }

    @Override
    public PeerRun solve(PeerInstance instance, long seed, Duration limit) {
        load();
        long t0 = System.nanoTime();
        List<TeamModel> teams = new ArrayList<>();
        for (PeerInstance.Team team : instance.teams()) {
            teams.add(TeamModel.of(team));
        }
        long deadline = t0 + limit.toNanos();
        List<PeerRun.Point> timeline = new ArrayList<>();
        Map<String, List<PeerPlan.Window>> plan = new HashMap<>();
        List<String> infeasible = new ArrayList<>();
        boolean allOptimal = true;
        boolean allFound = true;
        long votes = 0;
        List<List<TeamModel>> parts = perTeam ? teams.stream().map(List::of).toList() : List.of(teams);
        for (int k = 0; k < parts.size(); k++) {
            double seconds = Math.max(0.05, (deadline - System.nanoTime()) / 1e9 / (parts.size() - k));
            Part part = solvePart(parts.get(k), seed, seconds, t0, perTeam ? null : timeline);
            if (part.status() == CpSolverStatus.INFEASIBLE) {
                String why = explain(parts.get(k), Duration.ofMillis((long) (seconds * 1000)));
                infeasible.add(perTeam ? parts.get(k).get(0).team().id() + " " + why.replace("minimal core ", "") : why);
                allFound = false;
                continue;
            }
            allOptimal &= part.status() == CpSolverStatus.OPTIMAL;
            if (part.windows() == null) {
                allFound = false;
                allOptimal = false;
                continue;
            }
            plan.putAll(part.windows());
            votes += part.votes();
        }
        long total = (System.nanoTime() - t0) / 1_000_000;
        String status;
        String explanation = "";
        if (!infeasible.isEmpty()) {
            status = "INFEASIBLE";
            explanation = perTeam ? "minimal cores per team: " + String.join(", ", infeasible) : infeasible.get(0);
        } else if (!allFound) {
            status = "UNKNOWN";
        } else {
            status = allOptimal ? "OPTIMAL" : "FEASIBLE";
        }
        if (perTeam && allFound) {
            timeline.add(new PeerRun.Point(total, 0, votes));
        }
        long proven = status.equals("OPTIMAL") || status.equals("INFEASIBLE") ? total : -1;
        if (!perTeam && status.equals("OPTIMAL")) {
            proven = provenMillis;
        }
        long first = allFound && !timeline.isEmpty() ? timeline.get(0).millis() : -1;
        return new PeerRun(label(), status, new PeerPlan(plan), first, proven, total, timeline, explanation);
    }

    private long provenMillis = -1;

    /** The outcome for some teams: status, windows per team (null when none), PH-8 votes. */
    private record Part(CpSolverStatus status, Map<String, List<PeerPlan.Window>> windows, long votes) {
    }

    private Part solvePart(List<TeamModel> teams, long seed, double seconds, long t0, List<PeerRun.Point> timeline) {
        long start = System.nanoTime();
        CpModel model = new CpModel();
        List<BoolVar[][][]> vars = new ArrayList<>();
        LinearExprBuilder votes = LinearExpr.newBuilder();
        LinearExprBuilder early = LinearExpr.newBuilder();
        for (TeamModel tm : teams) {
            vars.add(build(model, tm, votes, early, null));
        }
        model.maximize(votes);
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(workers).setMaxTimeInSeconds(seconds)
                .setRandomSeed((int) seed).setLogSearchProgress(Boolean.getBoolean("peers.cpsat.log"))
                .setStopAfterFirstSolution(stopAtFirstSolution);
        CpSolverStatus status;
        if (timeline == null) {
            status = solver.solve(model);
        } else {
            status = solver.solve(model, new CpSolverSolutionCallback() {
                @Override
                public void onSolutionCallback() {
                    timeline.add(new PeerRun.Point((System.nanoTime() - t0) / 1_000_000, 0, (long) objectiveValue()));
                }
            });
        }
        provenMillis = (System.nanoTime() - t0) / 1_000_000;
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new Part(status, null, 0);
        }
        BoolVar[][][][] result = vars.toArray(new BoolVar[0][][][]);
        long[][][][] chosen = values(solver, result);
        long best = (long) solver.objectiveValue();
        double left = seconds - (System.nanoTime() - start) / 1e9;
        if (status == CpSolverStatus.OPTIMAL && left > 0.05 && !stopAtFirstSolution) {
            // Phase 2 (PH-8 tie-break): earliest starts among vote-optimal templates, in the time left.
            model.addGreaterOrEqual(votes, best);
            model.minimize(early);
            for (int k = 0; k < result.length; k++) {
                for (int u = 0; u < result[k].length; u++) {
                    for (int i = 0; i < result[k][u].length; i++) {
                        for (int c = 0; c < result[k][u][i].length; c++) {
                            model.addHint(result[k][u][i][c], chosen[k][u][i][c]);
                        }
                    }
                }
            }
            CpSolver second = new CpSolver();
            second.getParameters().setNumWorkers(workers).setMaxTimeInSeconds(left).setRandomSeed((int) seed);
            CpSolverStatus s2 = second.solve(model);
            if (s2 == CpSolverStatus.OPTIMAL || s2 == CpSolverStatus.FEASIBLE) {
                chosen = values(second, result);
            }
        }
        Map<String, List<PeerPlan.Window>> windows = new HashMap<>();
        for (int k = 0; k < teams.size(); k++) {
            TeamModel tm = teams.get(k);
            int[][] choice = new int[tm.units().size()][tm.team().secretaries().size()];
            for (int u = 0; u < chosen[k].length; u++) {
                for (int i = 0; i < chosen[k][u].length; i++) {
                    for (int c = 0; c < chosen[k][u][i].length; c++) {
                        if (chosen[k][u][i][c] == 1) {
                            choice[u][i] = c;
                        }
                    }
                }
            }
            windows.put(tm.team().id(), tm.windows(choice));
        }
        return new Part(status, windows, best);
    }

    private static long[][][][] values(CpSolver solver, BoolVar[][][][] x) {
        long[][][][] out = new long[x.length][][][];
        for (int k = 0; k < x.length; k++) {
            out[k] = new long[x[k].length][][];
            for (int u = 0; u < x[k].length; u++) {
                out[k][u] = new long[x[k][u].length][];
                for (int i = 0; i < x[k][u].length; i++) {
                    out[k][u][i] = new long[x[k][u][i].length];
                    for (int c = 0; c < x[k][u][i].length; c++) {
                        out[k][u][i][c] = solver.booleanValue(x[k][u][i][c]) ? 1 : 0;
                    }
                }
            }
        }
        return out;
    }

    /**
     * CP-SAT's sufficient assumptions are not minimal (it usually returns all three), so the core is shrunk
     * by deletion: a rule stays in the explanation only if the model without it is feasible.
     */
    private String explain(List<TeamModel> teams, Duration limit) {
        if (stopAtFirstSolution) {
            return "INFEASIBLE";
        }
        // Assumption literals weaken presolve, so they are only in this second, explaining model.
        CpModel model = new CpModel();
        List<BoolVar> rules = List.of(model.newBoolVar("PH-3"), model.newBoolVar("PH-4"), model.newBoolVar("PH-5"));
        LinearExprBuilder unused = LinearExpr.newBuilder();
        for (TeamModel tm : teams) {
            build(model, tm, unused, unused, rules);
        }
        model.addAssumptions(rules.toArray(new Literal[0]));
        long deadline = System.nanoTime() + limit.toNanos();
        CpSolver first = new CpSolver();
        first.getParameters().setNumWorkers(workers).setMaxTimeInSeconds(limit.toMillis() / 1000.0);
        if (first.solve(model) != CpSolverStatus.INFEASIBLE) {
            return "no explanation within the time limit";
        }
        List<BoolVar> core = new ArrayList<>();
        for (int index : first.response().getSufficientAssumptionsForInfeasibilityList()) {
            rules.stream().filter(r -> r.getIndex() == index).forEach(core::add);
        }
        if (core.isEmpty()) {
            return "INFEASIBLE without naming a rule (PH-1/PH-2 structure)";
        }
        for (BoolVar candidate : List.copyOf(core)) {
            List<BoolVar> rest = new ArrayList<>(core);
            rest.remove(candidate);
            model.clearAssumptions();
            model.addAssumptions(rest.toArray(new Literal[0]));
            CpSolver solver = new CpSolver();
            double left = Math.max(0.1, (deadline - System.nanoTime()) / 1e9);
            solver.getParameters().setNumWorkers(workers).setMaxTimeInSeconds(left);
            if (solver.solve(model) == CpSolverStatus.INFEASIBLE) {
                core = rest;
            }
        }
        TreeSet<String> names = new TreeSet<>();
        core.forEach(v -> names.add(v.getName()));
        return core.isEmpty() ? "INFEASIBLE by PH-1/PH-2 alone" : "minimal core " + String.join("+", names)
                + (teams.size() == 1 ? "" : " (for the whole instance; no team named)");
    }

    private static BoolVar[][][] build(CpModel model, TeamModel tm, LinearExprBuilder votes, LinearExprBuilder early,
                                       List<BoolVar> guards) {
        BoolVar[] ph3 = guards == null ? new BoolVar[0] : new BoolVar[] {guards.get(0)};
        BoolVar[] ph4 = guards == null ? new BoolVar[0] : new BoolVar[] {guards.get(1)};
        BoolVar[] ph5 = guards == null ? new BoolVar[0] : new BoolVar[] {guards.get(2)};
        PeerInstance.Team team = tm.team();
        int n = team.secretaries().size();
        BoolVar[][][] x = new BoolVar[tm.units().size()][n][];
        for (int u = 0; u < tm.units().size(); u++) {
            TeamModel.Unit unit = tm.units().get(u);
            int k = unit.candidates().length;
            for (int i = 0; i < n; i++) {
                x[u][i] = new BoolVar[k];
                for (int c = 0; c < k; c++) {
                    x[u][i][c] = model.newBoolVar("x");
                    votes.addTerm(x[u][i][c], unit.score()[i][c]);
                    early.addTerm(x[u][i][c], c);
                }
                model.addExactlyOne(x[u][i]);
                if (unit.quietBroken() && team.partnerIndex(i) >= 0) {
                    model.addEquality(LinearExpr.sum(x[u][i]), 0).onlyEnforceIf(ph3);
                }
            }
            for (int slot : unit.slots()) {
                List<BoolVar> on = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    for (int c = 0; c < k; c++) {
                        if (unit.covers(c, slot)) {
                            on.add(x[u][i][c]);
                        }
                    }
                }
                model.addGreaterOrEqual(LinearExpr.sum(on.toArray(new BoolVar[0])), unit.minOnPhone()).onlyEnforceIf(ph4);
                for (PeerInstance.Pair pair : team.pairs()) {
                    int a = team.secretaries().indexOf(pair.first());
                    int b = team.secretaries().indexOf(pair.second());
                    List<BoolVar> both = new ArrayList<>();
                    for (int c = 0; c < k; c++) {
                        if (unit.covers(c, slot)) {
                            both.add(x[u][a][c]);
                            both.add(x[u][b][c]);
                        }
                    }
                    if (!both.isEmpty()) {
                        model.addLessOrEqual(LinearExpr.sum(both.toArray(new BoolVar[0])), 1).onlyEnforceIf(ph5);
                    }
                }
            }
        }
        return x;
    }
}
