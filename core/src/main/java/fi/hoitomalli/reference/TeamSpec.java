package fi.hoitomalli.reference;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Set;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.TeamId;

/**
 * A service team (palvelutiimi) of a generated service centre.
 *
 * @param id the team's id
 * @param name the team's name
 * @param sectors the sectors it serves, at least one; copied
 * @param secretaries how many secretaries it has, at least one
 */
public record TeamSpec(TeamId id, String name, Set<SectorId> sectors, int secretaries) {
    public TeamSpec {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(name, "name must not be null");
        sectors = Set.copyOf(Objects.requireNonNull(sectors, "sectors must not be null"));
        checkArgument(!sectors.isEmpty() && secretaries > 0, "team %s needs a sector and a secretary", id);
    }
}
