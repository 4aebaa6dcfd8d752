package fi.hoitomalli.jdbc;

import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.testkit.FeedbackReportsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link FeedbackReports} contract on MARIADB. */
class MariaDbFeedbackReportsTest extends FeedbackReportsContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.MARIADB);

    @Override
    protected FeedbackReports createStore(AccessPolicy policy) {
        return DB.emptyStores("hm_feedback").feedbackReports(policy);
    }
}
