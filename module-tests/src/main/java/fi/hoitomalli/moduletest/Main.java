package fi.hoitomalli.moduletest;

import fi.hoitomalli.common.Language;
import fi.hoitomalli.customer.CustomerSnapshot;
import fi.hoitomalli.jdbc.JdbcStores;
import fi.hoitomalli.jdbc.SchemaMode;
import fi.hoitomalli.json.CustomerCsvImport;
import fi.hoitomalli.json.ImportResult;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.PhoneScheduler;
import fi.hoitomalli.phone.ScheduleResult;
import fi.hoitomalli.phone.Votes;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.reference.VantaaReference;
import fi.hoitomalli.team.PotPlan;
import fi.hoitomalli.team.PotPlanResult;
import fi.hoitomalli.team.PotPlanner;
import fi.hoitomalli.team.ServiceTeam;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.StringReader;
import java.time.Instant;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A small embedding program that uses the library the way a city's own system does: a customer CSV import
 * with one bad row (validated by Hibernate Validator, its Finnish message printed), a pot plan and one team's
 * phone hours for the Vantaa reference city, and a round trip through the JDBC adapter on an in-memory H2
 * database. The build runs it on the module path and on the class path; it prints one line per step and
 * exits with 0 only when every step did what it should.
 */
public final class Main {

    private static final String SECTORS = """
            id,name_fi,name_sv,name_en,service_centre
            SIVI,Sivistystoimi,Bildningsväsendet,Education,true
            """;

    private static final String UNITS = """
            id,sector,parent,name,service_centre
            SIVI-PK,SIVI,,Päiväkodit,
            """;

    private static final String CUSTOMERS = """
            id,role,name,unit,agreement,language,email,supervisor,managed_units
            P100,supervisor,Maija Meikäläinen,SIVI-PK,KVTES,fi,maija.meikalainen@vantaa.fi,,SIVI-PK
            P101,boss,Olli Opettaja,SIVI-PK,KVTES,fi,,P100,
            """;

    private Main() {
    }

    /** Runs the four steps; exits with 1 when one of them does not give the expected result. */
    public static void main(String[] args) {
        System.out.println("module: " + (Main.class.getModule().isNamed() ? Main.class.getModule().getName()
                : "unnamed"));
        boolean ok;
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            ok = csvImport(factory.getValidator());
        }
        ReferenceCity city = VantaaReference.city();
        ok &= potPlan(city);
        ok &= phoneHours(city);
        ok &= jdbcRoundTrip(city);
        // the JDBC adapter requires Flyway by the name derived from its jar's file name (flyway-core-*.jar)
        System.out.println("flyway: " + ModuleLayer.boot().findModule("flyway.core")
                .map(m -> (m.getDescriptor().isAutomatic() ? "automatic module " : "module ") + m.getName())
                .orElse("not a named module"));
        System.out.println(ok ? "all steps passed" : "a step failed");
        System.exit(ok ? 0 : 1);
    }

    private static boolean csvImport(Validator validator) {
        ImportResult result = new CustomerCsvImport(validator).read(
                new StringReader(SECTORS), new StringReader(UNITS), new StringReader(CUSTOMERS));
        if (!(result instanceof ImportResult.Rejected rejected)) {
            System.out.println("csv import: accepted a file with a bad row");
            return false;
        }
        rejected.violations().forEach(v -> System.out.println("csv import: " + v.describe(Language.FI)));
        return rejected.violations().size() == 1;
    }

    private static boolean potPlan(ReferenceCity city) {
        PotPlanResult result = PotPlanner.balanced(city.potPolicy())
                .plan(city.customerBase(), city.serviceCentre(), city.potAssignment());
        if (!(result instanceof PotPlan plan)) {
            System.out.println("pot plan: infeasible");
            return false;
        }
        System.out.println("pot plan: " + plan.pots().size() + " pots");
        return plan.pots().size() == city.serviceCentre().secretaries().size();
    }

    private static boolean phoneHours(ReferenceCity city) {
        ServiceTeam team = city.serviceCentre().teams().get(0);
        ScheduleResult result = PhoneScheduler.standard()
                .schedule(team, PhonePolicy.vantaaDefault(), Votes.none(team.id()));
        if (!(result instanceof ScheduleResult.Scheduled scheduled)) {
            System.out.println("phone hours: team " + team.id().value() + " infeasible");
            return false;
        }
        System.out.println("phone hours: team " + team.id().value() + ", " + scheduled.template().windows().size()
                + " windows a week, " + (scheduled.proof().proven() ? "proven optimal" : "not proven"));
        return scheduled.proof().proven();
    }

    private static boolean jdbcRoundTrip(ReferenceCity city) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:moduletest;DB_CLOSE_DELAY=-1");
        JdbcStores stores = JdbcStores.builder(h2, SchemaMode.MIGRATE).build();
        stores.customerSnapshots().save(new CustomerSnapshot("module test",
                Instant.parse("2026-01-05T06:00:00Z"), city.customerBase()));
        int stored = stores.customerSnapshots().latest().orElseThrow().base().size();
        System.out.println("jdbc: " + stored + " customers stored and read back, schema version "
                + stores.schemaVersion());
        return stored == city.customerBase().size();
    }
}
