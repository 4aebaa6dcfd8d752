package fi.hoitomalli.jdbc;

import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.customer.CustomerSnapshots;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.forms.SituationReports;
import fi.hoitomalli.plan.AccountPlans;
import fi.hoitomalli.testkit.HostileInputContract;

/** The hostile-input suite on the JDBC stores of one database; subclasses pick the database. */
abstract class JdbcHostileInput extends HostileInputContract {

    /** The database of the subclass. */
    abstract DatabaseExtension db();

    @Override
    protected CustomerSnapshots customerSnapshots() {
        return db().emptyStores("hm_customer_snapshot").customerSnapshots();
    }

    @Override
    protected SituationReports situationReports(AccessPolicy policy) {
        return db().emptyStores("hm_situation").situationReports(policy);
    }

    @Override
    protected FeedbackReports feedbackReports(AccessPolicy policy) {
        return db().emptyStores("hm_feedback").feedbackReports(policy);
    }

    @Override
    protected AccountPlans accountPlans() {
        return db().emptyStores("hm_account_plan_version", "hm_account_plan").accountPlans();
    }
}
