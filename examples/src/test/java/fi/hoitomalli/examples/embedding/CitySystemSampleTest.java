package fi.hoitomalli.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class CitySystemSampleTest {

    @Test
    void ykm_theCitySystemAnswersFromTheSnapshotItStoredOnItsOwnDataSource() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:city-system-sample-test;DB_CLOSE_DELAY=-1");
        String line = CitySystemSample.run(h2, Clock.fixed(Instant.parse("2027-01-04T02:00:00Z"), ZoneOffset.UTC));
        assertEquals("11,416 customers stored, 341 supervisors in education, 41 pots", line);
    }
}
