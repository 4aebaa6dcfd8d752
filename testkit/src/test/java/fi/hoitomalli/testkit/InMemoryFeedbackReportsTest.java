package fi.hoitomalli.testkit;

import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.forms.FeedbackReports;

/** The in-memory store passes the port's contract. */
class InMemoryFeedbackReportsTest extends FeedbackReportsContract {
    @Override
    protected FeedbackReports createStore(AccessPolicy policy) {
        return new InMemoryFeedbackReports(policy);
    }
}
