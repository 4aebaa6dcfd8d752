package fi.hoitomalli.phone;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import fi.hoitomalli.team.TeamId;

/**
 * What {@link PhoneScheduler} found for a team: a provably optimal template, or the rules that make the
 * team infeasible. An expected outcome, so a value, never an exception.
 */
public sealed interface ScheduleResult permits ScheduleResult.Scheduled, ScheduleResult.Infeasible {

    /** The team the result is for. */
    TeamId team();

    /**
     * A weekly template satisfying PH-1 … PH-5 that maximises PH-8, with its proof.
     *
     * @param template the template
     * @param proof objective equals the exhaustive search's bound
     */
    record Scheduled(WeeklyTemplate template, OptimalityProof proof) implements ScheduleResult {
        public Scheduled {
            Objects.requireNonNull(template, "template must not be null");
            Objects.requireNonNull(proof, "proof must not be null");
        }

        @Override
        public TeamId team() {
            return template.team();
        }
    }

    /**
     * No template satisfies the rules; each conflict names the rules and the numbers.
     *
     * @param team the team
     * @param conflicts at least one
     */
    record Infeasible(TeamId team, List<Conflict> conflicts) implements ScheduleResult {
        public Infeasible {
            Objects.requireNonNull(team, "team must not be null");
            conflicts = ImmutableList.copyOf(Objects.requireNonNull(conflicts, "conflicts must not be null"));
            checkArgument(!conflicts.isEmpty(), "an infeasible result names at least one conflict");
        }
    }
}
