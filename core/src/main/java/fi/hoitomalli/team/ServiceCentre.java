package fi.hoitomalli.team;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The HR service centre (Henkilöstöpalvelut, Hepa): its teams, secretaries and management group.
 * Checked on construction: every team member is a known secretary, every secretary is in exactly one
 * team, every team lead is in the management group.
 */
public final class ServiceCentre {

    private final ImmutableList<ServiceTeam> teams;
    private final ImmutableMap<SecretaryId, Secretary> secretaries;
    private final ImmutableMap<SecretaryId, ServiceTeam> teamOf;
    private final ManagementGroup management;

    private ServiceCentre(Collection<ServiceTeam> teams, Collection<Secretary> secretaries,
                          ManagementGroup management) {
        this.teams = ImmutableList.copyOf(teams);
        this.management = Objects.requireNonNull(management, "management must not be null");
        ImmutableMap.Builder<SecretaryId, Secretary> byId = ImmutableMap.builder();
        secretaries.forEach(s -> byId.put(s.id(), s));
        this.secretaries = byId.buildOrThrow();
        Map<SecretaryId, ServiceTeam> team = new HashMap<>();
        Map<TeamId, ServiceTeam> teamIds = new HashMap<>();
        for (ServiceTeam t : this.teams) {
            checkArgument(teamIds.put(t.id(), t) == null, "team id %s is used twice", t.id());
            checkArgument(management.includes(t.lead()), "lead %s of team %s is not in the management group",
                    t.lead(), t.id());
            for (SecretaryId member : t.members()) {
                checkArgument(this.secretaries.containsKey(member), "team %s names unknown secretary %s",
                        t.id(), member);
                ServiceTeam previous = team.put(member, t);
                checkArgument(previous == null, "secretary %s is in teams %s and %s", member,
                        previous == null ? null : previous.id(), t.id());
            }
        }
        for (SecretaryId id : this.secretaries.keySet()) {
            checkArgument(team.containsKey(id), "secretary %s is in no team", id);
        }
        this.teamOf = ImmutableMap.copyOf(team);
    }

    /**
     * The service centre of these teams, secretaries and management group.
     *
     * @throws IllegalArgumentException if they do not fit together (see the class comment)
     */
    public static ServiceCentre of(Collection<ServiceTeam> teams, Collection<Secretary> secretaries,
                                   ManagementGroup management) {
        Objects.requireNonNull(teams, "teams must not be null");
        Objects.requireNonNull(secretaries, "secretaries must not be null");
        return new ServiceCentre(teams, secretaries, management);
    }

    /** The teams, in the order given. */
    public List<ServiceTeam> teams() {
        return teams;
    }

    /** The team with the id. */
    public Optional<ServiceTeam> team(TeamId id) {
        return teams.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Every secretary, in the order given. */
    public List<Secretary> secretaries() {
        return secretaries.values().asList();
    }

    /** The secretary with the id. */
    public Optional<Secretary> secretary(SecretaryId id) {
        return Optional.ofNullable(secretaries.get(id));
    }

    /**
     * The team of a secretary.
     *
     * @throws IllegalArgumentException if the secretary is unknown
     */
    public ServiceTeam teamOf(SecretaryId secretary) {
        ServiceTeam team = teamOf.get(secretary);
        checkArgument(team != null, "unknown secretary %s", secretary);
        return team;
    }

    /** The management group. */
    public ManagementGroup management() {
        return management;
    }

    /** The staff member with the id (head, team lead or lawyer). */
    public Optional<StaffMember> staff(StaffId id) {
        if (management.head().id().equals(id)) {
            return Optional.of(management.head());
        }
        if (management.labourMarketLawyer().id().equals(id)) {
            return Optional.of(management.labourMarketLawyer());
        }
        return management.teamLeads().stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
