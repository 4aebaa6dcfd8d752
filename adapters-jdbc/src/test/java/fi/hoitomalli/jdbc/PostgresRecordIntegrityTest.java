package fi.hoitomalli.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Ids that never repeat and records that are never replaced, on POSTGRESQL. */
class PostgresRecordIntegrityTest extends RecordIntegrityScenarios {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.POSTGRESQL);

    @Override
    DatabaseExtension db() {
        return DB;
    }
}
