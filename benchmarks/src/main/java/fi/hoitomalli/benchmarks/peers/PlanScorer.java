package fi.hoitomalli.benchmarks.peers;

import java.util.Map;
import java.util.Objects;

/** The one scorer every solver's answer goes through before anything is compared. */
public interface PlanScorer {

    /** The scorer's name for the table. */
    String name();

    /** Scores a whole plan. */
    Score score(PeerInstance instance, PeerPlan plan);

    /**
     * The verdict on a plan.
     *
     * @param violations hard violations per rule id (over scheduled teams)
     * @param objective PH-8 over scheduled teams
     * @param teamsScheduled how many teams have a template
     */
    record Score(Map<String, Integer> violations, long objective, int teamsScheduled) {
        public Score {
            violations = Map.copyOf(Objects.requireNonNull(violations, "violations must not be null"));
        }

        /** All hard violations. */
        public int hard() {
            return violations.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** {@link TemplateScorer} over every team of the plan. */
    static PlanScorer template() {
        return new PlanScorer() {
            @Override
            public String name() {
                return "TemplateScorer (PH-1 … PH-5, PH-8 of the weekly template)";
            }

            @Override
            public Score score(PeerInstance instance, PeerPlan plan) {
                java.util.TreeMap<String, Integer> v = new java.util.TreeMap<>();
                long objective = 0;
                int scheduled = 0;
                for (PeerInstance.Team team : instance.teams()) {
                    java.util.List<PeerPlan.Window> windows = plan.teams().get(team.id());
                    if (windows == null) {
                        continue;
                    }
                    scheduled++;
                    TemplateScorer.Verdict verdict = TemplateScorer.score(team, windows);
                    verdict.violations().forEach((rule, n) -> v.merge(rule, n, Integer::sum));
                    objective += verdict.objective();
                }
                return new Score(v, objective, scheduled);
            }
        };
    }
}
