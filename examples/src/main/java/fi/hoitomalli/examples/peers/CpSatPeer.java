package fi.hoitomalli.examples.peers;

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
 * The phone-hour model in Google OR-Tools CP-SAT, one model for the whole instance: a Boolean per
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
    private final boolean stopAtFirstSolution;

    /** @param workers CP-SAT search workers (1 = single thread) */
    public CpSatPeer(int workers) {
        this(workers, false);
    }

    /**
     * @param workers CP-SAT search workers (1 = single thread)
     * @param stopAtFirstSolution stop at the first feasible template (for quick tests)
     */
    public CpSatPeer(int workers, boolean stopAtFirstSolution) {
        this.workers = workers;
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
        return workers == 1 ? "CP-SAT (1 worker)" : "CP-SAT tuned: multi-worker (" + workers + " workers)";
    }

    @Override
    public PeerRun solve(PeerInstance instance, long seed, Duration limit) {
        load();
        long t0 = System.nanoTime();
        CpModel model = new CpModel();
        List<TeamModel> teams = new ArrayList<>();
        List<BoolVar[][][]> vars = new ArrayList<>();
        for (PeerInstance.Team team : instance.teams()) {
            teams.add(TeamModel.of(team));
        }
        LinearExprBuilder votes = LinearExpr.newBuilder();
        LinearExprBuilder early = LinearExpr.newBuilder();
        for (TeamModel tm : teams) {
            vars.add(build(model, tm, votes, early, null));
        }
        model.maximize(votes);

        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(workers).setMaxTimeInSeconds(limit.toMillis() / 1000.0)
                .setRandomSeed((int) seed).setLogSearchProgress(Boolean.getBoolean("peers.cpsat.log"))
                .setStopAfterFirstSolution(stopAtFirstSolution);
        List<PeerRun.Point> timeline = new ArrayList<>();
        CpSolverSolutionCallback callback = new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                timeline.add(new PeerRun.Point((System.nanoTime() - t0) / 1_000_000, 0, (long) objectiveValue()));
            }
        };
        CpSolverStatus status = solver.solve(model, callback);
        long phase1 = (System.nanoTime() - t0) / 1_000_000;
        BoolVar[][][][] result = vars.toArray(new BoolVar[0][][][]);
        long[][][][] chosen = null;
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            chosen = values(solver, result);
        }
        String explanation = "";
        if (status == CpSolverStatus.INFEASIBLE) {
            explanation = explain(teams, limit);
        }
        if (status == CpSolverStatus.OPTIMAL) {
            // Phase 2 (PH-8 tie-break): earliest starts among vote-optimal templates, in the time left.
            double left = limit.toMillis() / 1000.0 - phase1 / 1000.0;
            if (left > 0.05) {
                model.addGreaterOrEqual(votes, (long) solver.objectiveValue());
                model.minimize(early);
                model.clearHints();
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
        }
        long total = (System.nanoTime() - t0) / 1_000_000;
        Map<String, List<PeerPlan.Window>> plan = new HashMap<>();
        if (chosen != null) {
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
                plan.put(tm.team().id(), tm.windows(choice));
            }
        }
        long first = timeline.isEmpty() ? -1 : timeline.get(0).millis();
        long proven = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.INFEASIBLE ? phase1 : -1;
        String statusText = switch (status) {
            case OPTIMAL -> "OPTIMAL";
            case FEASIBLE -> "FEASIBLE";
            case INFEASIBLE -> "INFEASIBLE";
            default -> "UNKNOWN";
        };
        return new PeerRun(label(), statusText, new PeerPlan(plan), first, proven, total, timeline, explanation);
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
        // Assumption literals weaken presolve, so they are only in this second, explaining model.
        CpModel model = new CpModel();
        List<BoolVar> rules = List.of(model.newBoolVar("PH-3"), model.newBoolVar("PH-4"), model.newBoolVar("PH-5"));
        LinearExprBuilder unused = LinearExpr.newBuilder();
        for (TeamModel tm : teams) {
            build(model, tm, unused, unused, rules);
        }
        model.addAssumptions(rules.toArray(new Literal[0]));
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
            solver.getParameters().setNumWorkers(workers).setMaxTimeInSeconds(limit.toMillis() / 1000.0);
            if (solver.solve(model) == CpSolverStatus.INFEASIBLE) {
                core = rest;
            }
        }
        TreeSet<String> names = new TreeSet<>();
        core.forEach(v -> names.add(v.getName()));
        return core.isEmpty() ? "INFEASIBLE by PH-1/PH-2 alone" : "minimal core " + String.join("+", names)
                + " (for the whole instance; no team named)";
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
