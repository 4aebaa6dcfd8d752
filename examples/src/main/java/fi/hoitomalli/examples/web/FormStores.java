package fi.hoitomalli.examples.web;

import java.util.Objects;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.forms.SituationReports;
import fi.hoitomalli.jdbc.JdbcStores;
import fi.hoitomalli.testkit.InMemoryFeedbackReports;
import fi.hoitomalli.testkit.InMemorySituationReports;

/**
 * Where the web forms keep what they record: the library's two form ports. The site only ever sees the
 * ports, so moving from memory to a database is a change of the one factory call that builds this.
 *
 * @param situations the challenging-situation store
 * @param feedback the customer-feedback store
 */
public record FormStores(SituationReports situations, FeedbackReports feedback) {

    public FormStores {
        Objects.requireNonNull(situations, "situations must not be null");
        Objects.requireNonNull(feedback, "feedback must not be null");
    }

    /**
     * The testkit's in-memory stores, filtering every query through the access policy (AX-1). Lost when
     * the process ends.
     *
     * @throws NullPointerException if access is null
     */
    public static FormStores inMemory(AccessPolicy access) {
        Objects.requireNonNull(access, "access must not be null");
        return new FormStores(new InMemorySituationReports(access), new InMemoryFeedbackReports(access));
    }

    /**
     * The JDBC adapter's form stores on the given database, filtering every query through the access
     * policy (AX-1) as the adapter does: in the query's own conditions first, then on the access columns.
     *
     * @throws NullPointerException if an argument is null
     */
    public static FormStores jdbc(JdbcStores stores, AccessPolicy access) {
        Objects.requireNonNull(stores, "stores must not be null");
        Objects.requireNonNull(access, "access must not be null");
        return new FormStores(stores.situationReports(access), stores.feedbackReports(access));
    }
}
