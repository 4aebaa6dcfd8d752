package fi.hoitomalli.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.customer.CollectiveAgreement;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.reference.VantaaReference;
import fi.hoitomalli.segment.Audience;
import fi.hoitomalli.segment.HasRole;
import fi.hoitomalli.segment.InSector;
import fi.hoitomalli.segment.Segment;
import fi.hoitomalli.segment.ServiceCentreCustomer;
import fi.hoitomalli.segment.SpeaksLanguage;
import fi.hoitomalli.segment.UnderAgreement;
import fi.hoitomalli.team.PotLoad;
import fi.hoitomalli.team.PotPlan;
import fi.hoitomalli.team.PotPlanInfeasible;
import fi.hoitomalli.team.PotPlanResult;
import fi.hoitomalli.team.PotPlanner;
import fi.hoitomalli.team.PotPolicy;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;

/**
 * The Vantaa demo (the README's {@code ./mvnw -q -Pdemo package}): prints the reference customer base,
 * the six service teams with their substitute pairs, the customer pots planned by {@link PotPlanner}
 * with their balance, and a few segment counts. Plain text, no setup.
 */
public final class Demo {

    private final PrintStream out;

    private Demo(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the demo on standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        new Demo(System.out).run(VantaaReference.city());
    }

    private void run(ReferenceCity city) {
        out.println("Hoitomalli demo: the " + city.name() + " reference (2009)");
        out.println();
        customerBase(city);
        teams(city.serviceCentre());
        pots(city);
        segments(city);
    }

    private void customerBase(ReferenceCity city) {
        OrgStructure org = city.orgStructure();
        CustomerBase base = city.customerBase();
        out.printf(Locale.ROOT, "Customer base: %,d customers in %d sectors, %,d org units%n", base.size(),
                org.sectors().size(), org.units().size());
        String format = "  %-5s %-30s %9s %11s %10s %6s  %s%n";
        out.printf(Locale.ROOT, format, "code", "sector", "employees", "supervisors", "executives", "units",
                "service-centre customer");
        for (Sector sector : org.sectors()) {
            Segment in = new InSector(sector.id());
            long units = org.units().stream().filter(u -> u.sector().equals(sector.id())).count();
            out.printf(Locale.ROOT, format, sector.id(), sector.name().fi(),
                    count(base, in.and(new HasRole(Role.EMPLOYEE))), count(base, in.and(new HasRole(Role.SUPERVISOR))),
                    count(base, in.and(new HasRole(Role.EXECUTIVE))), units,
                    sector.serviceCentreCustomer() ? "yes" : "no (units may join)");
        }
        out.printf(Locale.ROOT, format, "", "total", count(base, new HasRole(Role.EMPLOYEE)),
                count(base, new HasRole(Role.SUPERVISOR)), count(base, new HasRole(Role.EXECUTIVE)),
                org.units().size(), "");
        out.println();
    }

    private void teams(ServiceCentre centre) {
        out.printf(Locale.ROOT, "Service teams: %d secretaries in %d teams (pairs substitute for each other)%n",
                centre.secretaries().size(), centre.teams().size());
        for (ServiceTeam team : centre.teams()) {
            String pairs = team.pairs().stream().map(p -> p.first() + "/" + p.second())
                    .collect(Collectors.joining(", "));
            List<String> single = team.members().stream().filter(m -> team.pairOf(m).isEmpty())
                    .map(Object::toString).toList();
            out.printf(Locale.ROOT, "  %-3s %-26s %-9s lead %-3s %2d secretaries  pairs %s%s%n", team.id(),
                    team.name(), team.sectors().stream().map(Object::toString).sorted().collect(Collectors.joining("+")),
                    team.lead(), team.members().size(), pairs, single.isEmpty() ? "" : "; no pair: " + single);
        }
        out.printf(Locale.ROOT, "  management group: head %s, team leads %s; labour-market lawyer %s%n",
                centre.management().head().name(),
                centre.management().teamLeads().stream().map(l -> l.id().value()).collect(Collectors.joining(", ")),
                centre.management().labourMarketLawyer().name());
        out.println();
    }

    private void pots(ReferenceCity city) {
        PotPolicy policy = city.potPolicy();
        PotPlanResult result = PotPlanner.balanced(policy).plan(city.customerBase(), city.serviceCentre(),
                city.potAssignment());
        if (result instanceof PotPlanInfeasible infeasible) {
            out.println("Customer pots cannot be planned:");
            infeasible.explanations().forEach(t -> out.println("  " + t.en()));
            return;
        }
        PotPlan plan = (PotPlan) result;
        PotPlan greedy = (PotPlan) PotPlanner.greedyBaseline(policy).plan(city.customerBase(), city.serviceCentre());
        out.printf(Locale.ROOT, "Customer pots (whole units per secretary; policy %d–%d employees and %d–%d "
                        + "supervisors per pot)%n", policy.minEmployees(), policy.maxEmployees(),
                policy.minSupervisors(), policy.maxSupervisors());
        String format = "  %-9s %-4s %5s %9s %11s %9s %9s%n";
        out.printf(Locale.ROOT, format, "secretary", "team", "units", "employees", "supervisors", "customers",
                "deviation");
        for (PotLoad pot : plan.pots()) {
            out.printf(Locale.ROOT, format, pot.secretary(), pot.team(), pot.units(), pot.employees(),
                    pot.supervisors(), pot.customers(), String.format(Locale.ROOT, "%+.1f", pot.deviation()));
        }
        out.printf(Locale.ROOT, "  largest deviation from the team's ideal pot: %.1f customers (%.1f %%); "
                        + "greedy LPT baseline: %.1f customers%n", plan.balance().maxDeviation(),
                100 * plan.balance().maxRelativeDeviation(), greedy.balance().maxDeviation());
        out.printf(Locale.ROOT, "  pots hold %d–%d customers; %d of %d pots are below the policy's lower targets "
                        + "(Vantaa has %.0f customers per secretary)%n", plan.balance().smallestPot(),
                plan.balance().largestPot(), plan.balance().potsBelowTarget(), plan.pots().size(),
                (double) city.customerBase().size() / city.serviceCentre().secretaries().size());
        out.printf(Locale.ROOT, "  re-planned against the current assignment: %d units / %d customers move%n",
                plan.churn().unitsMoved(), plan.churn().customersMoved());
        out.println();
    }

    private void segments(ReferenceCity city) {
        CustomerBase base = city.customerBase();
        out.println("Segments and audiences (computed from the org structure; an audience reaches supervisors unless stated)");
        Segment teachers = Segment.allOf(new InSector(VantaaReference.SIVI), new HasRole(Role.EMPLOYEE),
                new UnderAgreement(CollectiveAgreement.OVTES.code()));
        segment(base, "supervisors of OVTES teachers in SIVI", Audience.of(teachers));
        segment(base, "Swedish-speaking supervisors", Audience.of(new SpeaksLanguage(Language.SV)
                .and(new HasRole(Role.SUPERVISOR))));
        segment(base, "supervisors of Swedish-speaking customers", Audience.of(new SpeaksLanguage(Language.SV)));
        segment(base, "supervisors of service-centre customer units", Audience.of(new ServiceCentreCustomer()));
        segment(base, "supervisors outside the service-centre model", Audience.of(new ServiceCentreCustomer().negate()));
        segment(base, "physicians (LS) in SOTE, all roles", Audience.allRolesOf(new InSector(VantaaReference.SOTE)
                .and(new UnderAgreement(CollectiveAgreement.LS.code()))));
        segment(base, "hourly paid (TTES), all roles", Audience.allRolesOf(new UnderAgreement(
                CollectiveAgreement.TTES.code())));
    }

    private void segment(CustomerBase base, String title, Audience audience) {
        List<Customer> recipients = audience.resolve(base);
        out.printf(Locale.ROOT, "  %-56s %,7d%n", title, recipients.size());
    }

    private static long count(CustomerBase base, Segment segment) {
        return segment.count(base);
    }
}
