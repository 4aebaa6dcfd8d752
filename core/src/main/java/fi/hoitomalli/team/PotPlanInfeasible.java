package fi.hoitomalli.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;
import fi.hoitomalli.common.LocalizedText;

/**
 * Pot planning cannot meet the policy: every obstacle found, each naming the unit, team, sector or
 * secretary and the numbers involved.
 *
 * @param obstacles at least one; copied
 */
public record PotPlanInfeasible(List<PotObstacle> obstacles) implements PotPlanResult {
    public PotPlanInfeasible {
        obstacles = List.copyOf(Objects.requireNonNull(obstacles, "obstacles must not be null"));
        checkArgument(!obstacles.isEmpty(), "an infeasible plan names at least one obstacle");
    }

    /** The obstacles explained in fi/sv/en, in order. */
    public List<LocalizedText> explanations() {
        return obstacles.stream().map(PotObstacle::explanation).toList();
    }
}
