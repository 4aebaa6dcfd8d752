package fi.hoitomalli.jdbc;

import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.forms.SituationReports;
import fi.hoitomalli.testkit.SituationReportsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link SituationReports} contract on MARIADB. */
class MariaDbSituationReportsTest extends SituationReportsContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.MARIADB);

    @Override
    protected SituationReports createStore(AccessPolicy policy) {
        return DB.emptyStores("hm_situation").situationReports(policy);
    }
}
