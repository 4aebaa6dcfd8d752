package fi.hoitomalli.examples.embedding;

import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerSnapshot;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.jdbc.JdbcStores;
import fi.hoitomalli.jdbc.SchemaMode;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.reference.VantaaReference;
import fi.hoitomalli.segment.HasRole;
import fi.hoitomalli.segment.InSector;
import fi.hoitomalli.team.PotPlan;
import fi.hoitomalli.team.PotPlanResult;
import fi.hoitomalli.team.PotPlanner;
import java.time.Clock;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Embedding sample: a city's own HR system keeps Hoitomalli's tables next to its own, on the
 * {@link DataSource} it already has (here an in-memory H2; PostgreSQL or MariaDB work the same). The
 * adapter migrates its {@code hm_} tables on start and never closes the data source.
 */
public final class CitySystemSample {

    private CitySystemSample() {
    }

    /** Runs the sample on an in-memory H2 database. */
    public static void main(String[] args) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:city-system;DB_CLOSE_DELAY=-1");
        System.out.println(run(h2, Clock.systemUTC()));
    }

    /**
     * Stores tonight's import of the customer base, then answers from the stored snapshot.
     *
     * @return one line: customers stored, supervisors in education, pots planned
     */
    public static String run(DataSource cityDataSource, Clock clock) {
        JdbcStores stores = JdbcStores.builder(cityDataSource, SchemaMode.MIGRATE).build();
        ReferenceCity city = VantaaReference.city();                 // stands for the city's HR master data
        stores.customerSnapshots().save(new CustomerSnapshot("nightly HR import", clock.instant(),
                city.customerBase()));

        // later, e.g. when the city's directory service is down: answer from the latest stored snapshot
        CustomerBase stored = stores.customerSnapshots().latest().orElseThrow().base();
        long supervisors = new InSector(VantaaReference.SIVI).and(new HasRole(Role.SUPERVISOR)).count(stored);
        PotPlanResult result = PotPlanner.balanced(city.potPolicy())
                .plan(stored, city.serviceCentre(), city.potAssignment());
        String pots = result instanceof PotPlan plan ? plan.pots().size() + " pots" : "no pot plan";
        return String.format("%,d customers stored, %d supervisors in education, %s",
                stored.size(), supervisors, pots);
    }
}
