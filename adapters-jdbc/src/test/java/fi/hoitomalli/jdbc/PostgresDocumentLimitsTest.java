package fi.hoitomalli.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The adapter's document and text size limits on POSTGRESQL. */
class PostgresDocumentLimitsTest extends DocumentLimitScenarios {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.POSTGRESQL);

    @Override
    DatabaseExtension db() {
        return DB;
    }

    @Test
    @Override
    void aStoredDocumentLongerThanJacksonsDefaultLimitStillReads() throws SQLException, JsonProcessingException {
        super.aStoredDocumentLongerThanJacksonsDefaultLimitStillReads();
    }
}
