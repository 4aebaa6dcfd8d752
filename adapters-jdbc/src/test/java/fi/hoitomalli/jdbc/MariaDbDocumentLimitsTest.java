package fi.hoitomalli.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The adapter's document and text size limits on MARIADB. */
class MariaDbDocumentLimitsTest extends DocumentLimitScenarios {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.MARIADB);

    @Override
    DatabaseExtension db() {
        return DB;
    }
}
