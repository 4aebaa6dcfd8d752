package fi.hoitomalli.benchmarks.peers;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The phone-hour model in Timefold Solver: one {@link TfWindow} per (team, unit, secretary), constraint
 * streams {@link TfConstraints}, score hard / medium (votes, PH-8) / soft (−start index: earliest start).
 * Default: Timefold's default phases (first-fit construction, late-acceptance local search with change and
 * swap moves). Tuned: the same plus the pair-aware {@link TfPairMoves}. Single thread. Timefold never
 * proves optimality or infeasibility: an infeasible instance shows as a best solution with hard penalties,
 * explained by constraint name (score analysis).
 */
public final class TimefoldPeer implements Peer {

    private final boolean tuned;
    private final boolean stopWhenFeasible;

    /** @param tuned whether to add the pair-aware moves */
    public TimefoldPeer(boolean tuned) {
        this(tuned, false);
    }

    /**
     * @param tuned whether to add the pair-aware moves
     * @param stopWhenFeasible stop at the first solution without hard penalty (for quick tests)
     */
    public TimefoldPeer(boolean tuned, boolean stopWhenFeasible) {
        this.tuned = tuned;
        this.stopWhenFeasible = stopWhenFeasible;
    }

    @Override
    public String label() {
        return tuned ? "Timefold tuned: pair-aware moves" : "Timefold (default)";
    }

    @Override
    public PeerRun solve(PeerInstance instance, long seed, Duration limit) {
        long t0 = System.nanoTime();
        List<TeamModel> teams = new ArrayList<>();
        List<TfSlot> slots = new ArrayList<>();
        List<TfWindow> windows = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        int unitNo = 0;
        for (int k = 0; k < instance.teams().size(); k++) {
            TeamModel tm = TeamModel.of(instance.teams().get(k));
            teams.add(tm);
            PeerInstance.Team team = tm.team();
            for (int u = 0; u < tm.units().size(); u++) {
                TeamModel.Unit unit = tm.units().get(u);
                for (int slot : unit.slots()) {
                    slots.add(new TfSlot(unitNo, slot, unit.minOnPhone()));
                }
                for (int i = 0; i < team.secretaries().size(); i++) {
                    int partner = team.partnerIndex(i);
                    int pair = partner < 0 ? -1 : Math.min(i, partner);
                    windows.add(new TfWindow(windows.size(), unitNo, i, pair, unit.candidates(), unit.score()[i],
                            unit.window(), unit.quietBroken() && partner >= 0));
                    where.add(new int[] {k, u, i});
                }
                unitNo++;
            }
        }
        SolverConfig config = new SolverConfig()
                .withSolutionClass(TfSchedule.class)
                .withEntityClasses(TfWindow.class)
                .withConstraintProviderClass(TfConstraints.class)
                .withRandomSeed(seed)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit)
                        .withBestScoreFeasible(stopWhenFeasible ? Boolean.TRUE : null));
        if (tuned) {
            config.withPhases(new ConstructionHeuristicPhaseConfig(),
                    new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig()
                            .withMoveSelectors(new ChangeMoveSelectorConfig(),
                                    new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(TfPairMoves.class))));
        }
        SolverFactory<TfSchedule> factory = SolverFactory.create(config);
        Solver<TfSchedule> solver = factory.buildSolver();
        List<PeerRun.Point> timeline = new ArrayList<>();
        long[] firstFeasible = {-1};
        solver.addEventListener(event -> {
            HardMediumSoftLongScore s = (HardMediumSoftLongScore) event.getNewBestScore();
            if (!event.isNewBestSolutionInitialized()) {
                return;
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            timeline.add(new PeerRun.Point(ms, -s.hardScore(), s.mediumScore()));
            if (s.hardScore() == 0 && firstFeasible[0] < 0) {
                firstFeasible[0] = ms;
            }
        });
        TfSchedule best = solver.solve(new TfSchedule(slots, windows));
        long total = (System.nanoTime() - t0) / 1_000_000;
        HardMediumSoftLongScore score = best.getScore();
        if (timeline.isEmpty() || timeline.get(timeline.size() - 1).votes() != score.mediumScore()
                || timeline.get(timeline.size() - 1).hard() != -score.hardScore()) {
            timeline.add(new PeerRun.Point(total, -score.hardScore(), score.mediumScore()));
        }
        if (score.hardScore() == 0 && firstFeasible[0] < 0) {
            firstFeasible[0] = total;
        }
        int[][][] choice = new int[teams.size()][][];
        for (int k = 0; k < teams.size(); k++) {
            choice[k] = new int[teams.get(k).units().size()][teams.get(k).team().secretaries().size()];
        }
        List<TfWindow> solved = best.getWindows();
        for (int j = 0; j < solved.size(); j++) {
            int[] w = where.get(j);
            Integer start = solved.get(j).getStart();
            choice[w[0]][w[1]][w[2]] = start == null ? 0 : start;
        }
        Map<String, List<PeerPlan.Window>> plan = new HashMap<>();
        for (int k = 0; k < teams.size(); k++) {
            plan.put(teams.get(k).team().id(), teams.get(k).windows(choice[k]));
        }
        String explanation = "";
        if (score.hardScore() < 0) {
            ScoreAnalysis<HardMediumSoftLongScore> analysis = SolutionManager.<TfSchedule, HardMediumSoftLongScore>create(factory)
                    .analyze(best);
            Map<String, Long> broken = new TreeMap<>();
            analysis.constraintMap().forEach((ref, c) -> {
                if (c.score().hardScore() < 0) {
                    broken.merge(ref.constraintName().replace(" (minOnPhone > 1)", ""), -c.score().hardScore(), Long::sum);
                }
            });
            StringBuilder text = new StringBuilder("best found breaks ");
            broken.forEach((rule, n) -> text.append(rule).append(" (").append(n).append(") "));
            explanation = text.append("— not a proof").toString();
        }
        return new PeerRun(label(), score.hardScore() == 0 ? "FEASIBLE" : "UNKNOWN", new PeerPlan(plan),
                firstFeasible[0], -1, total, timeline, explanation);
    }
}
