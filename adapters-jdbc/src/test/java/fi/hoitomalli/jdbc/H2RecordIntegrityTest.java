package fi.hoitomalli.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import fi.hoitomalli.common.IdSource;

/** Ids that never repeat and records that are never replaced, on H2; and on an H2 file closed and opened again. */
class H2RecordIntegrityTest extends RecordIntegrityScenarios {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.H2);

    @Override
    DatabaseExtension db() {
        return DB;
    }

    @Test
    void idsOnAFileDatabaseContinueAfterItWasClosedAndOpenedAgain(@TempDir Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve("ids").toAbsolutePath();
        String first;
        String second;
        try (HikariDataSource pool = file(url)) {
            IdSource before = JdbcStores.builder(pool, SchemaMode.MIGRATE).build().idSource("WEB");
            first = before.nextId();
            second = before.nextId();
        }
        // closing the pool closed the database with its last connection: the next pool opens the file again

        try (HikariDataSource pool = file(url)) {
            IdSource after = JdbcStores.builder(pool, SchemaMode.VALIDATE).build().idSource("WEB");

            assertThat(first).isEqualTo("WEB-1");
            assertThat(second).isEqualTo("WEB-2");
            assertThat(Long.parseLong(after.nextId().substring(4))).isGreaterThan(2);
        }
    }

    private static HikariDataSource file(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setMinimumIdle(0);
        return pool;
    }
}
