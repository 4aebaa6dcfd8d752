package fi.hoitomalli.benchmarks.peers;

import fi.hoitomalli.common.Language;
import fi.hoitomalli.phone.Conflict;
import fi.hoitomalli.phone.PhoneScheduler;
import fi.hoitomalli.phone.ScheduleResult;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Our scheduler ({@link PhoneScheduler}, an exact branch-and-bound per team) behind the same interface as
 * the peers. Deterministic and single-threaded: it has no seed and no time limit, it always ends with a
 * proof — of optimality ({@code OptimalityProof}) or of infeasibility (conflicts with rule ids per team).
 */
public final class OursPeer implements Peer {

    @Override
    public String label() {
        return "Hoitomalli PhoneScheduler";
    }

    @Override
    public PeerRun solve(PeerInstance instance, long seed, Duration limit) {
        long t0 = System.nanoTime();
        PhoneScheduler scheduler = PhoneScheduler.standard();
        // Timed as "proven": the instance in the library's types (our model building) and every team
        // scheduled with its proof, PH-8's tie-break pass included; CP-SAT's "proven" likewise covers its
        // model building and the solve that proves the votes' optimum (not its tie-break phase).
        List<ScheduleResult> results = new ArrayList<>();
        for (PeerInstance.Team team : instance.teams()) {
            results.add(scheduler.schedule(LibraryMapping.team(team), LibraryMapping.policy(team),
                    LibraryMapping.votes(team)));
        }
        long proven = (System.nanoTime() - t0) / 1_000_000;
        // Not timed as "proven": turning the answers into the benchmark's plan format and texts.
        Map<String, List<PeerPlan.Window>> plan = new HashMap<>();
        List<String> explanations = new ArrayList<>();
        Map<String, java.util.TreeSet<String>> rulesByTeam = new java.util.TreeMap<>();
        long votes = 0;
        boolean allProven = true;
        for (int i = 0; i < results.size(); i++) {
            PeerInstance.Team team = instance.teams().get(i);
            ScheduleResult result = results.get(i);
            if (result instanceof ScheduleResult.Scheduled s) {
                plan.put(team.id(), LibraryMapping.windows(s.template()));
                votes += s.proof().objective();
                allProven &= s.proof().proven();
            } else if (result instanceof ScheduleResult.Infeasible inf) {
                for (Conflict c : inf.conflicts()) {
                    explanations.add(team.id() + " " + String.join("+", c.rules()) + ": " + c.message().in(Language.EN));
                    rulesByTeam.computeIfAbsent(team.id(), k -> new java.util.TreeSet<>()).add(String.join("+", c.rules()));
                }
            }
        }
        long total = (System.nanoTime() - t0) / 1_000_000;
        if (!explanations.isEmpty()) {
            StringBuilder text = new StringBuilder();
            rulesByTeam.forEach((team, rules) -> text.append(text.length() == 0 ? "" : ", ").append(team).append(' ')
                    .append(String.join(" & ", rules)));
            text.append(" (").append(explanations.size()).append(" conflicts; first: ").append(explanations.get(0))
                    .append(')');
            return new PeerRun(label(), "INFEASIBLE", new PeerPlan(plan), -1, proven, total, List.of(), text.toString());
        }
        return new PeerRun(label(), allProven ? "OPTIMAL" : "FEASIBLE", new PeerPlan(plan), proven,
                allProven ? proven : -1, total, List.of(new PeerRun.Point(proven, 0, votes)), "");
    }
}
