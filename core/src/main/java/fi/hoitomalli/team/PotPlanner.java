package fi.hoitomalli.team;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerDirectory;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.internal.PotSearch;

/**
 * Plans the customer pots (asiakaspotit) of the one-handler model: assigns whole org units to
 * secretaries so that the pots are even, every unit has exactly one secretary (a unit is never split —
 * the problem observed in Vantaa), and a re-plan moves as few customers as possible (pots were rotated
 * too often — the other problem observed).
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li><b>Planning groups.</b> Teams that serve a common sector share its units: the sectors and teams
 *   are grouped into connected components (in Vantaa: Sivistys 1 and 2 share education; every other team
 *   is a group of its own). A unit's size is its number of customers (employees, supervisors and
 *   executives); a group's ideal pot is its customers divided by its secretaries.</li>
 *   <li><b>Feasibility.</b> Before planning, every obstacle is collected: a sector no team serves, a unit
 *   larger than a pot may be, a group whose customers exceed its secretaries' full pots. Any obstacle
 *   makes the result a {@link PotPlanInfeasible} naming all of them.</li>
 *   <li><b>Start.</b> With a previous assignment, every unit stays with its previous secretary if she is
 *   still in the group. The remaining units (new units and those of secretaries who left) are placed
 *   longest-processing-time first: largest unit first, each to the currently smallest pot.</li>
 *   <li><b>Local search.</b> Repeatedly take the pot farthest from the ideal and try the 16 pots at the
 *   other extreme as partners: move one unit, or swap two units, so that the load moved is as close to
 *   half the size gap as possible. A step is taken only if it lowers the sum of squared deviations
 *   without raising the largest deviation; the search stops when the farthest pot has no such step, so
 *   it always ends, and the result is never less balanced than the greedy start.</li>
 *   <li><b>Churn guard.</b> When re-planning, steps move only units that had to move anyway (new units
 *   and those of departed secretaries). Units still with their previous secretary move only when no such
 *   step is left and the largest deviation still exceeds {@link PotPolicy#rebalanceThreshold()} of the
 *   ideal. So re-planning an unchanged base moves nobody, and when one secretary leaves usually only her
 *   units move.</li>
 * </ol>
 * Every choice breaks ties by the order of the structure's units and the teams' members, so equal input
 * gives an equal plan. Time is about O(units · log units) for the start plus a few thousand cheap steps;
 * 100,000 units and 3,000 secretaries plan in about a second (see the README's benchmark).
 *
 * <p>Thread-safe and immutable; a planner is a policy plus this algorithm.
 */
public final class PotPlanner {

    private final PotPolicy policy;
    private final boolean search;

    private PotPlanner(PotPolicy policy, boolean search) {
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.search = search;
    }

    /** The planner described in the class comment. */
    public static PotPlanner balanced(PotPolicy policy) {
        return new PotPlanner(policy, true);
    }

    /**
     * The longest-processing-time greedy baseline: ignores any previous assignment and places every unit,
     * largest first, in the smallest pot; no local search. For comparison in benchmarks and tests.
     */
    public static PotPlanner greedyBaseline(PotPolicy policy) {
        return new PotPlanner(policy, false);
    }

    /** The policy the planner plans to. */
    public PotPolicy policy() {
        return policy;
    }

    /**
     * A first plan, without a previous assignment.
     *
     * @throws NullPointerException if an argument is null
     */
    public PotPlanResult plan(CustomerDirectory directory, ServiceCentre centre) {
        return plan(directory, centre, new PotAssignment(Map.of()));
    }

    /**
     * A plan that keeps as much of {@code previous} as balance allows. Units of {@code previous} that the
     * structure no longer has are ignored; its secretaries who are no longer in the centre (or no longer
     * serve the unit's sector) lose their units.
     *
     * @throws NullPointerException if an argument is null
     */
    public PotPlanResult plan(CustomerDirectory directory, ServiceCentre centre, PotAssignment previous) {
        Objects.requireNonNull(directory, "directory must not be null");
        Objects.requireNonNull(centre, "centre must not be null");
        Objects.requireNonNull(previous, "previous must not be null");
        OrgStructure org = directory.orgStructure();
        Census census = Census.of(directory, org);
        List<Group> groups = Group.of(org, centre);
        List<PotObstacle> obstacles = new ArrayList<>();
        Map<SectorId, Group> groupOf = new HashMap<>();
        groups.forEach(g -> g.sectors.forEach(s -> groupOf.put(s, g)));
        for (Sector sector : org.sectors()) {
            if (!groupOf.containsKey(sector.id()) && census.unitsIn(sector.id()) > 0) {
                obstacles.add(new PotObstacle.SectorWithoutTeam(sector.id(), census.unitsIn(sector.id()),
                        census.customersIn(sector.id())));
            }
        }
        for (int u = 0; u < census.units.size(); u++) {
            if (census.employees[u] > policy.maxEmployees() || census.supervisors[u] > policy.maxSupervisors()) {
                obstacles.add(new PotObstacle.UnitTooLarge(census.units.get(u).id(), census.employees[u],
                        census.supervisors[u], policy.maxEmployees(), policy.maxSupervisors()));
            }
        }
        for (Group group : groups) {
            group.collect(census);
            long employees = group.sum(census.employees);
            long supervisors = group.sum(census.supervisors);
            int k = group.secretaries.size();
            if (employees > (long) k * policy.maxEmployees() || supervisors > (long) k * policy.maxSupervisors()) {
                obstacles.add(new PotObstacle.OverCapacity(group.teams, k, (int) employees, (int) supervisors,
                        policy.maxEmployees(), policy.maxSupervisors()));
            }
        }
        if (!obstacles.isEmpty()) {
            return new PotPlanInfeasible(obstacles);
        }
        Map<OrgUnitId, SecretaryId> owners = new HashMap<>();
        for (Group group : groups) {
            planGroup(group, census, previous, owners);
        }
        return result(new PotAssignment(ImmutableMap.copyOf(owners)), census, groups, previous, centre);
    }

    private void planGroup(Group group, Census census, PotAssignment previous, Map<OrgUnitId, SecretaryId> owners) {
        int n = group.units.size();
        int[] size = new int[n];
        int[] before = new int[n];
        Map<SecretaryId, Integer> potIndex = new HashMap<>();
        for (int p = 0; p < group.secretaries.size(); p++) {
            potIndex.put(group.secretaries.get(p), p);
        }
        for (int i = 0; i < n; i++) {
            int u = group.units.get(i);
            size[i] = census.customers(u);
            SecretaryId was = search ? previous.owners().get(census.units.get(u).id()) : null;
            Integer pot = was == null ? null : potIndex.get(was);
            before[i] = pot == null ? -1 : pot;
        }
        PotSearch run = new PotSearch(size, before, group.secretaries.size()).keepPrevious()
                .placeRemainingLargestFirst();
        if (search) {
            run.improve(!previous.owners().isEmpty(), policy.rebalanceThreshold());
        }
        int[] owner = run.owners();
        for (int i = 0; i < n; i++) {
            owners.put(census.units.get(group.units.get(i)).id(), group.secretaries.get(owner[i]));
        }
    }

    private PotPlanResult result(PotAssignment assignment, Census census, List<Group> groups,
                                 PotAssignment previous, ServiceCentre centre) {
        Map<SecretaryId, int[]> figures = new LinkedHashMap<>();
        Map<SecretaryId, Double> ideal = new HashMap<>();
        for (Group group : groups) {
            double groupIdeal = (double) group.sum(census.customersPerUnit()) / group.secretaries.size();
            group.secretaries.forEach(s -> ideal.put(s, groupIdeal));
        }
        for (ServiceTeam team : centre.teams()) {
            team.members().forEach(s -> figures.put(s, new int[4]));
        }
        int unitsMoved = 0;
        int customersMoved = 0;
        for (int u = 0; u < census.units.size(); u++) {
            OrgUnitId id = census.units.get(u).id();
            SecretaryId owner = assignment.owners().get(id);
            int[] f = figures.get(owner);
            f[0]++;
            f[1] += census.employees[u];
            f[2] += census.supervisors[u];
            f[3] += census.executives[u];
            SecretaryId was = previous.owners().get(id);
            if (was != null && !was.equals(owner)) {
                unitsMoved++;
                customersMoved += census.customers(u);
            }
        }
        List<PotLoad> pots = new ArrayList<>();
        List<PotObstacle> over = new ArrayList<>();
        for (Map.Entry<SecretaryId, int[]> e : figures.entrySet()) {
            int[] f = e.getValue();
            pots.add(new PotLoad(e.getKey(), centre.teamOf(e.getKey()).id(), f[0], f[1], f[2], f[3],
                    ideal.getOrDefault(e.getKey(), 0.0)));
            if (f[1] > policy.maxEmployees() || f[2] > policy.maxSupervisors()) {
                over.add(new PotObstacle.PotOverLimit(e.getKey(), f[1], f[2], policy.maxEmployees(),
                        policy.maxSupervisors()));
            }
        }
        if (!over.isEmpty()) {
            return new PotPlanInfeasible(over);
        }
        return new PotPlan(assignment, pots, balance(pots), new PotChurn(unitsMoved, customersMoved));
    }

    private PotBalance balance(List<PotLoad> pots) {
        double maxDeviation = 0;
        double maxRelative = 0;
        int largest = 0;
        int smallest = Integer.MAX_VALUE;
        int below = 0;
        for (PotLoad pot : pots) {
            double deviation = Math.abs(pot.deviation());
            if (deviation > maxDeviation) {
                maxDeviation = deviation;
                maxRelative = pot.ideal() > 0 ? deviation / pot.ideal() : 0;
            }
            largest = Math.max(largest, pot.customers());
            smallest = Math.min(smallest, pot.customers());
            if (pot.employees() < policy.minEmployees() || pot.supervisors() < policy.minSupervisors()) {
                below++;
            }
        }
        return new PotBalance(maxDeviation, maxRelative, largest, pots.isEmpty() ? 0 : smallest, below);
    }

    /** Customers per unit, counted in one pass over the directory. */
    private static final class Census {
        final List<OrgUnit> units;
        final Map<OrgUnitId, Integer> index;
        final int[] employees;
        final int[] supervisors;
        final int[] executives;
        final Map<SectorId, int[]> perSector = new HashMap<>();

        private Census(List<OrgUnit> units) {
            this.units = units;
            this.index = new HashMap<>(units.size() * 2);
            for (int u = 0; u < units.size(); u++) {
                index.put(units.get(u).id(), u);
            }
            this.employees = new int[units.size()];
            this.supervisors = new int[units.size()];
            this.executives = new int[units.size()];
        }

        static Census of(CustomerDirectory directory, OrgStructure org) {
            Census census = new Census(org.units());
            for (Customer customer : directory.customers()) {
                Integer u = census.index.get(customer.unit());
                if (u == null) {
                    throw new IllegalArgumentException("customer " + customer.id() + " works in unknown unit "
                            + customer.unit());
                }
                switch (customer.role()) {
                    case EMPLOYEE -> census.employees[u]++;
                    case SUPERVISOR -> census.supervisors[u]++;
                    case EXECUTIVE -> census.executives[u]++;
                }
            }
            for (int u = 0; u < census.units.size(); u++) {
                int[] s = census.perSector.computeIfAbsent(census.units.get(u).sector(), k -> new int[2]);
                s[0]++;
                s[1] += census.customers(u);
            }
            return census;
        }

        int customers(int u) {
            return employees[u] + supervisors[u] + executives[u];
        }

        int[] customersPerUnit() {
            int[] out = new int[units.size()];
            for (int u = 0; u < out.length; u++) {
                out[u] = customers(u);
            }
            return out;
        }

        int unitsIn(SectorId sector) {
            return perSector.getOrDefault(sector, new int[2])[0];
        }

        int customersIn(SectorId sector) {
            return perSector.getOrDefault(sector, new int[2])[1];
        }
    }

    /** Teams that share sectors, with their secretaries and units (indexes into the census). */
    private static final class Group {
        final Set<SectorId> sectors = new LinkedHashSet<>();
        final List<TeamId> teams = new ArrayList<>();
        final List<SecretaryId> secretaries = new ArrayList<>();
        final List<Integer> units = new ArrayList<>();

        /** Connected components of the team–sector relation, in team order. */
        static List<Group> of(OrgStructure org, ServiceCentre centre) {
            List<Group> groups = new ArrayList<>();
            List<ServiceTeam> teams = centre.teams();
            boolean[] done = new boolean[teams.size()];
            for (int t = 0; t < teams.size(); t++) {
                if (done[t]) {
                    continue;
                }
                Group group = new Group();
                done[t] = true;
                group.add(teams.get(t));
                boolean grew = true;
                while (grew) {
                    grew = false;
                    for (int o = 0; o < teams.size(); o++) {
                        if (!done[o] && teams.get(o).sectors().stream().anyMatch(group.sectors::contains)) {
                            done[o] = true;
                            group.add(teams.get(o));
                            grew = true;
                        }
                    }
                }
                groups.add(group);
            }
            return groups;
        }

        private void add(ServiceTeam team) {
            teams.add(team.id());
            sectors.addAll(team.sectors());
            secretaries.addAll(team.members());
        }

        void collect(Census census) {
            units.clear();
            for (int u = 0; u < census.units.size(); u++) {
                if (sectors.contains(census.units.get(u).sector())) {
                    units.add(u);
                }
            }
        }

        long sum(int[] perUnit) {
            long total = 0;
            for (int u : units) {
                total += perUnit[u];
            }
            return total;
        }
    }
}
