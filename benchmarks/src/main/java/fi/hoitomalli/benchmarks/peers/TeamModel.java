package fi.hoitomalli.benchmarks.peers;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The decision model both peers are written from (PH-1 … PH-8), derived from one team of an instance:
 * one decision per secretary per <em>unit</em> — a weekday, or the whole week when the policy wants the
 * same start every weekday (PH-2) — choosing one of the unit's candidate starts (PH-1: on the grid, the
 * window inside the hours of every day of the unit). Every slot of the unit must be covered by
 * {@code minOnPhone} windows (PH-4), partners' windows must not share a slot (PH-5), and PH-3 depends on
 * the hours only ({@link Unit#quietBroken}). {@link Unit#score} holds PH-8's votes per start.
 *
 * @param team the team
 * @param units its units
 */
public record TeamModel(PeerInstance.Team team, List<Unit> units) {

    /**
     * One scheduling unit.
     *
     * @param days the weekdays it stands for
     * @param slots every slot start to cover (union over the days), ascending minutes
     * @param candidates possible starts (intersection over the days), ascending minutes
     * @param window window length in minutes
     * @param minOnPhone coverage per slot
     * @param score votes per member per candidate
     * @param quietBroken whether PH-3 fails for a pair on some day of the unit whatever the starts
     */
    public record Unit(List<DayOfWeek> days, int[] slots, int[] candidates, int window, int minOnPhone,
                       long[][] score, boolean quietBroken) {

        /** Whether the window starting at candidate {@code c} covers slot start {@code slotMinute}. */
        public boolean covers(int c, int slotMinute) {
            return candidates[c] <= slotMinute && slotMinute < candidates[c] + window;
        }
    }

    /** Derives the model of a team. */
    public static TeamModel of(PeerInstance.Team team) {
        PeerInstance.Policy p = team.policy();
        List<List<DayOfWeek>> groups = new ArrayList<>();
        if (p.sameStartAllWeek()) {
            groups.add(List.copyOf(p.hours().keySet()));
        } else {
            p.hours().keySet().forEach(d -> groups.add(List.of(d)));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < team.secretaries().size(); i++) {
            index.put(team.secretaries().get(i), i);
        }
        List<Unit> units = new ArrayList<>();
        for (List<DayOfWeek> days : groups) {
            TreeSet<Integer> slots = new TreeSet<>();
            TreeSet<Integer> candidates = null;
            boolean quietBroken = false;
            for (DayOfWeek day : days) {
                PeerInstance.Hours h = p.hours().get(day);
                TreeSet<Integer> mine = new TreeSet<>();
                for (int t = h.opensMinute(); t < h.closesMinute(); t += p.gridMinutes()) {
                    slots.add(t);
                    if (t + p.windowMinutes() <= h.closesMinute()) {
                        mine.add(t);
                    }
                }
                if (candidates == null) {
                    candidates = mine;
                } else {
                    candidates.retainAll(mine);
                }
                int len = h.closesMinute() - h.opensMinute();
                int quiet = team.pairs().isEmpty() ? len - p.windowMinutes() : len - 2 * p.windowMinutes();
                quietBroken |= quiet < p.minQuietMinutes();
            }
            int[] cand = candidates.stream().mapToInt(Integer::intValue).toArray();
            long[][] score = new long[team.secretaries().size()][cand.length];
            for (PeerInstance.Tally t : team.votes()) {
                if (!days.contains(t.day())) {
                    continue;
                }
                int slot = t.slot().toSecondOfDay() / 60;
                int i = index.get(t.secretary());
                for (int c = 0; c < cand.length; c++) {
                    if (cand[c] <= slot && slot < cand[c] + p.windowMinutes()) {
                        score[i][c] += t.votes();
                    }
                }
            }
            units.add(new Unit(days, slots.stream().mapToInt(Integer::intValue).toArray(), cand, p.windowMinutes(),
                    p.minOnPhone(), score, quietBroken));
        }
        return new TeamModel(team, units);
    }

    /** The windows of the template given the chosen candidate index per unit and member. */
    public List<PeerPlan.Window> windows(int[][] choice) {
        List<PeerPlan.Window> out = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            for (int i = 0; i < team.secretaries().size(); i++) {
                int start = unit.candidates()[choice[u][i]];
                for (DayOfWeek day : unit.days()) {
                    out.add(new PeerPlan.Window(team.secretaries().get(i), day, start, start + unit.window()));
                }
            }
        }
        return out;
    }
}
