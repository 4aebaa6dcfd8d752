package fi.hoitomalli.testkit;

import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.forms.SituationReports;

/** The in-memory store passes the port's contract. */
class InMemorySituationReportsTest extends SituationReportsContract {
    @Override
    protected SituationReports createStore(AccessPolicy policy) {
        return new InMemorySituationReports(policy);
    }
}
