package fi.hoitomalli.benchmarks.peers;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A solver's answer for a whole instance: the weekly template (PH-2) of every team it scheduled. A team
 * missing from {@link #teams()} was not scheduled (e.g. the solver found it infeasible or ran out of time).
 *
 * @param teams windows per team id
 */
public record PeerPlan(Map<String, List<Window>> teams) {
    public PeerPlan {
        teams = Map.copyOf(teams);
    }

    /**
     * One window of the weekly template.
     *
     * @param secretary whose
     * @param day weekday
     * @param start minute of the day
     * @param end minute of the day
     */
    public record Window(String secretary, DayOfWeek day, int start, int end) {
        public Window {
            Objects.requireNonNull(secretary, "secretary must not be null");
            Objects.requireNonNull(day, "day must not be null");
        }
    }
}
