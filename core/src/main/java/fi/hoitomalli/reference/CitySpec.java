package fi.hoitomalli.reference;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;
import fi.hoitomalli.team.PotPolicy;

/**
 * What {@link CityGenerator} builds: the sectors with their sizes, the service teams and the pot policy
 * the pots are planned to.
 *
 * @param name the city's name
 * @param emailDomain the domain of generated e-mail addresses, e.g. {@code vantaa.fi}
 * @param sectors the sectors, at least one; copied
 * @param teams the service teams, at least one; copied
 * @param policy the pot policy
 */
public record CitySpec(String name, String emailDomain, List<SectorSpec> sectors, List<TeamSpec> teams,
                       PotPolicy policy) {
    public CitySpec {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(emailDomain, "emailDomain must not be null");
        Objects.requireNonNull(policy, "policy must not be null");
        sectors = List.copyOf(Objects.requireNonNull(sectors, "sectors must not be null"));
        teams = List.copyOf(Objects.requireNonNull(teams, "teams must not be null"));
        checkArgument(!sectors.isEmpty() && !teams.isEmpty(), "a city needs sectors and teams");
    }

    /** All customers of the city. */
    public long headcount() {
        return sectors.stream().mapToLong(SectorSpec::headcount).sum();
    }

    /** All secretaries of the service centre. */
    public int secretaries() {
        return teams.stream().mapToInt(TeamSpec::secretaries).sum();
    }
}
