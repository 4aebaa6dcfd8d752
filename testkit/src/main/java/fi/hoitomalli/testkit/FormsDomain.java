package fi.hoitomalli.testkit;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.ReadScope;
import fi.hoitomalli.access.Resource;
import fi.hoitomalli.forms.FeedbackEvent;
import fi.hoitomalli.forms.FeedbackInput;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.ReportingPeriod;
import fi.hoitomalli.forms.SituationEvent;
import fi.hoitomalli.forms.SituationInput;
import fi.hoitomalli.forms.SituationReport;

/**
 * The jqwik domain of the two forms ({@code @Domain(FormsDomain.class)}): valid inputs for
 * {@link FormsArbitraries#TODAY}, records in every state, event sequences around that day, reporting
 * periods, actors, and the records and read scopes of the access policy.
 */
public class FormsDomain extends DomainContextBase {

    /** Situation inputs valid on {@link FormsArbitraries#TODAY}. */
    @Provide
    public Arbitrary<SituationInput> situationInputs() {
        return FormsArbitraries.situationInputs(FormsArbitraries.TODAY);
    }

    /** Feedback inputs valid on {@link FormsArbitraries#TODAY}. */
    @Provide
    public Arbitrary<FeedbackInput> feedbackInputs() {
        return FormsArbitraries.feedbackInputs(FormsArbitraries.TODAY);
    }

    /** Situations in every state. */
    @Provide
    public Arbitrary<SituationReport> situationReports() {
        return FormsArbitraries.situationReports();
    }

    /** Feedback in every state. */
    @Provide
    public Arbitrary<FeedbackReport> feedbackReports() {
        return FormsArbitraries.feedbackReports();
    }

    /** Situation event sequences around {@link FormsArbitraries#TODAY}. */
    @Provide
    public Arbitrary<List<SituationEvent>> situationEvents() {
        return FormsArbitraries.situationEventSequences(FormsArbitraries.TODAY);
    }

    /** Feedback event sequences around {@link FormsArbitraries#TODAY}. */
    @Provide
    public Arbitrary<List<FeedbackEvent>> feedbackEvents() {
        return FormsArbitraries.feedbackEventSequences(FormsArbitraries.TODAY);
    }

    /** Reporting periods. */
    @Provide
    public Arbitrary<ReportingPeriod> periods() {
        return FormsArbitraries.periods();
    }

    /** Actors. */
    @Provide
    public Arbitrary<Actor> actors() {
        return FormsArbitraries.actors();
    }

    /** Records as the access policy sees them. */
    @Provide
    public Arbitrary<Resource.Record> accessRecords() {
        return FormsArbitraries.accessRecords();
    }

    /** Read scopes of every kind. */
    @Provide
    public Arbitrary<ReadScope> readScopes() {
        return FormsArbitraries.readScopes();
    }
}
