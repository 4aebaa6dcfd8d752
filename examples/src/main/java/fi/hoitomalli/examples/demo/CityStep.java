package fi.hoitomalli.examples.demo;

import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerSnapshot;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.jdbc.JdbcStores;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.segment.HasRole;
import fi.hoitomalli.segment.InSector;
import fi.hoitomalli.segment.Segment;
import fi.hoitomalli.team.PotLoad;
import fi.hoitomalli.team.PotPlan;
import fi.hoitomalli.team.PotPlanInfeasible;
import fi.hoitomalli.team.PotPlanResult;
import fi.hoitomalli.team.PotPlanner;
import fi.hoitomalli.team.ServiceTeam;
import java.util.stream.Collectors;

/**
 * Step 1: the Vantaa reference city — its customer base stored through the JDBC adapter and read back —
 * and step 2: the customer pots (asiakaspotit) planned for its 41 secretaries.
 */
final class CityStep {

    private final DemoContext context;

    CityStep(DemoContext context) {
        this.context = context;
    }

    /** The figures of the city as stored and read back. */
    record CityFacts(long employees, long supervisors, int customers, int storedCustomers, int units,
                     int secretaries, int teams) {
    }

    /** The figures of the pot plan. */
    record PotFacts(int pots, double maxDeviation, int smallest, int largest) {
    }

    CityFacts store(JdbcStores stores) {
        ReferenceCity city = context.city();
        CustomerBase base = city.customerBase();
        OrgStructure org = city.orgStructure();
        context.section("1. The reference city: " + city.name());
        for (Sector sector : org.sectors()) {
            Segment in = new InSector(sector.id());
            context.line("   %-5s %-32s %,6d employees %4d supervisors", sector.id(), sector.name().fi(),
                    in.and(new HasRole(Role.EMPLOYEE)).count(base), in.and(new HasRole(Role.SUPERVISOR)).count(base));
        }
        long employees = new HasRole(Role.EMPLOYEE).count(base);
        long supervisors = new HasRole(Role.SUPERVISOR).count(base);
        context.line("   total %,d employees, %,d supervisors, %,d customers in %,d org units", employees, supervisors,
                base.size(), org.units().size());
        for (ServiceTeam team : city.serviceCentre().teams()) {
            context.line("   team %-3s %-24s %2d secretaries, pairs %s", team.id(), team.name(), team.members().size(),
                    team.pairs().stream().map(p -> p.first() + "/" + p.second()).collect(Collectors.joining(" ")));
        }
        long started = context.progress("storing the customer base through the JDBC adapter");
        stores.customerSnapshots().save(new CustomerSnapshot("Vantaa reference", context.clock().instant(), base));
        int stored = stores.customerSnapshots().latest().orElseThrow().base().size();
        context.done(started);
        context.line("   read back from the database: %,d customers (schema version %s)", stored,
                stores.schemaVersion());
        return new CityFacts(employees, supervisors, base.size(), stored, org.units().size(),
                city.serviceCentre().secretaries().size(), city.serviceCentre().teams().size());
    }

    PotFacts pots() {
        ReferenceCity city = context.city();
        context.section("2. Customer pots (one secretary per org unit, balanced)");
        long started = context.progress("planning pots");
        PotPlanResult result = PotPlanner.balanced(city.potPolicy()).plan(city.customerBase(), city.serviceCentre(),
                city.potAssignment());
        context.done(started);
        if (result instanceof PotPlanInfeasible infeasible) {
            infeasible.explanations().forEach(t -> context.line("   cannot plan: %s", t.en()));
            return new PotFacts(0, Double.NaN, 0, 0);
        }
        PotPlan plan = (PotPlan) result;
        for (PotLoad pot : plan.pots().subList(0, Math.min(5, plan.pots().size()))) {
            context.line("   %-4s team %-3s %3d units %4d employees %3d supervisors", pot.secretary(), pot.team(),
                    pot.units(), pot.employees(), pot.supervisors());
        }
        context.line("   ... %d pots, %d–%d customers each; largest deviation from the team's ideal %.1f customers",
                plan.pots().size(), plan.balance().smallestPot(), plan.balance().largestPot(),
                plan.balance().maxDeviation());
        context.writeJson("pots.json", plan);
        return new PotFacts(plan.pots().size(), plan.balance().maxDeviation(), plan.balance().smallestPot(),
                plan.balance().largestPot());
    }
}
