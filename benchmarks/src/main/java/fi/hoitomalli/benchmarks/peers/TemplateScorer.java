package fi.hoitomalli.benchmarks.peers;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scorer of weekly templates written straight from the rule text (PH-1 … PH-5, PH-8) against the
 * instance format, sharing no code with the solvers' {@link TeamModel}. It checks the template only; the
 * benchmark's main scorer is our library's {@code PlanValidator} (see {@link LibraryScorer}), and this
 * one cross-checks it.
 */
public final class TemplateScorer {

    private TemplateScorer() {
    }

    /**
     * The verdict on a template for one team.
     *
     * @param violations violation counts per rule id, empty when valid
     * @param objective PH-8: votes of each secretary's own customers inside her window
     */
    public record Verdict(Map<String, Integer> violations, long objective) {
        public Verdict {
            violations = Map.copyOf(violations);
        }

        /** All violations. */
        public int hard() {
            return violations.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Scores one team's windows. */
    public static Verdict score(PeerInstance.Team team, List<PeerPlan.Window> windows) {
        PeerInstance.Policy p = team.policy();
        Map<String, Integer> v = new TreeMap<>();
        Map<String, PeerPlan.Window> bySecretaryDay = new HashMap<>();
        for (PeerPlan.Window w : windows) {
            PeerInstance.Hours h = p.hours().get(w.day());
            boolean ok = h != null && team.secretaries().contains(w.secretary())
                    && w.end() - w.start() == p.windowMinutes()
                    && w.start() >= h.opensMinute() && w.end() <= h.closesMinute()
                    && (w.start() - h.opensMinute()) % p.gridMinutes() == 0
                    && bySecretaryDay.putIfAbsent(w.secretary() + "|" + w.day(), w) == null;
            if (!ok) {
                v.merge("PH-1", 1, Integer::sum);
            }
        }
        for (DayOfWeek day : p.hours().keySet()) {
            PeerInstance.Hours h = p.hours().get(day);
            int len = h.closesMinute() - h.opensMinute();
            List<PeerPlan.Window> today = new ArrayList<>();
            for (String s : team.secretaries()) {
                PeerPlan.Window w = bySecretaryDay.get(s + "|" + day);
                if (w == null) {
                    v.merge("PH-1", 1, Integer::sum);
                    continue;
                }
                today.add(w);
                if (p.sameStartAllWeek()) {
                    for (DayOfWeek other : p.hours().keySet()) {
                        PeerPlan.Window o = bySecretaryDay.get(s + "|" + other);
                        if (other.compareTo(day) > 0 && o != null && o.start() != w.start()) {
                            v.merge("PH-2", 1, Integer::sum);
                        }
                    }
                }
                if (len - (w.end() - w.start()) < p.minQuietMinutes()) {
                    v.merge("PH-3", 1, Integer::sum);
                }
            }
            for (PeerInstance.Pair pair : team.pairs()) {
                PeerPlan.Window a = bySecretaryDay.get(pair.first() + "|" + day);
                PeerPlan.Window b = bySecretaryDay.get(pair.second() + "|" + day);
                if (a == null || b == null) {
                    continue;
                }
                // Quiet time when covering the partner's window, both ways.
                int quiet = len - (a.end() - a.start()) - (b.end() - b.start());
                if (quiet < p.minQuietMinutes()) {
                    v.merge("PH-3", 2, Integer::sum);
                }
                if (a.start() < b.end() && b.start() < a.end()) {
                    v.merge("PH-5", 1, Integer::sum);
                }
            }
            for (int t = h.opensMinute(); t < h.closesMinute(); t += p.gridMinutes()) {
                int on = 0;
                for (PeerPlan.Window w : today) {
                    if (w.start() <= t && t < w.end()) {
                        on++;
                    }
                }
                if (on < p.minOnPhone()) {
                    v.merge("PH-4", 1, Integer::sum);
                }
            }
        }
        long objective = 0;
        for (PeerInstance.Tally t : team.votes()) {
            PeerPlan.Window w = bySecretaryDay.get(t.secretary() + "|" + t.day());
            int slot = t.slot().toSecondOfDay() / 60;
            if (w != null && w.start() <= slot && slot < w.end()) {
                objective += t.votes();
            }
        }
        return new Verdict(v, objective);
    }
}
