package fi.hoitomalli.testkit;

import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.customer.CustomerSnapshots;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.forms.SituationReports;
import fi.hoitomalli.plan.AccountPlans;

/** The hostile-input suite on the CSV import, the forms and the in-memory stores. */
class InMemoryHostileInputTest extends HostileInputContract {

    @Override
    protected CustomerSnapshots customerSnapshots() {
        return new InMemoryCustomerSnapshots();
    }

    @Override
    protected SituationReports situationReports(AccessPolicy policy) {
        return new InMemorySituationReports(policy);
    }

    @Override
    protected FeedbackReports feedbackReports(AccessPolicy policy) {
        return new InMemoryFeedbackReports(policy);
    }

    @Override
    protected AccountPlans accountPlans() {
        return new InMemoryAccountPlans();
    }
}
