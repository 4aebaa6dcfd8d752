package fi.hoitomalli.team;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import fi.hoitomalli.customer.SectorId;

/**
 * A service team (palvelutiimi): about ten secretaries and a team lead, mainly serving one sector.
 * Checked on construction: at least one member, no duplicates, every pair inside the team and every
 * secretary in at most one pair.
 *
 * @param id the team's id
 * @param name the team's name
 * @param sectors the sectors the team serves, at least one
 * @param lead the team lead (lähiesimies)
 * @param members the secretaries, in a stable order
 * @param pairs the substitute pairs; members without a pair have no substitute
 */
public record ServiceTeam(TeamId id, String name, Set<SectorId> sectors, StaffId lead, List<SecretaryId> members,
                          List<SubstitutePair> pairs) {
    public ServiceTeam {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(lead, "lead must not be null");
        sectors = ImmutableSet.copyOf(Objects.requireNonNull(sectors, "sectors must not be null"));
        members = ImmutableList.copyOf(Objects.requireNonNull(members, "members must not be null"));
        pairs = ImmutableList.copyOf(Objects.requireNonNull(pairs, "pairs must not be null"));
        checkArgument(!sectors.isEmpty(), "team %s serves no sector", id);
        checkArgument(!members.isEmpty(), "team %s has no secretaries", id);
        checkArgument(Set.copyOf(members).size() == members.size(), "team %s lists a secretary twice", id);
        Set<SecretaryId> paired = new HashSet<>();
        for (SubstitutePair pair : pairs) {
            checkArgument(members.contains(pair.first()) && members.contains(pair.second()),
                    "pair %s/%s is not inside team %s", pair.first(), pair.second(), id);
            checkArgument(paired.add(pair.first()) && paired.add(pair.second()),
                    "a secretary of team %s is in more than one pair (%s/%s)", id, pair.first(), pair.second());
        }
    }

    /** The pair the secretary belongs to, if any. */
    public Optional<SubstitutePair> pairOf(SecretaryId secretary) {
        return pairs.stream().filter(p -> p.contains(secretary)).findFirst();
    }

    /** The secretary's substitute partner, if the secretary has a pair. */
    public Optional<SecretaryId> partnerOf(SecretaryId secretary) {
        return pairOf(secretary).map(p -> p.partnerOf(secretary));
    }

    /** Whether the secretary is a member. */
    public boolean hasMember(SecretaryId secretary) {
        return members.contains(secretary);
    }
}
