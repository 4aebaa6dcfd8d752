package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import fi.hoitomalli.forms.FeedbackEvent;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackStage;
import fi.hoitomalli.forms.SituationEvent;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.forms.SituationStage;
import fi.hoitomalli.forms.Transition;

/**
 * Random event sequences against a model of the lifecycles: an event is accepted exactly when the model
 * says it is legal, an accepted event moves one stage on, a rejected one changes nothing.
 */
@Domain(FormsDomain.class)
class LifecycleProperties {

    @Property(tries = 150)
    void situationEventsAreAcceptedExactlyWhenLegal(@ForAll SituationReport start,
                                                    @ForAll List<SituationEvent> events) {
        SituationReport current = start;
        for (SituationEvent event : events) {
            boolean legal = isLegal(current, event);
            Transition<SituationReport> result = current.apply(event);
            assertThat(result.accepted()).as("%s on %s", event, current.stage()).isEqualTo(legal);
            if (legal) {
                assertThat(result.state().stage().ordinal()).isEqualTo(current.stage().ordinal() + 1);
                assertThat(result.state().details()).isEqualTo(current.details());
            } else {
                assertThat(result.state()).isSameAs(current);
            }
            current = result.state();
        }
    }

    @Property(tries = 150)
    void feedbackEventsAreAcceptedExactlyWhenLegal(@ForAll FeedbackReport start, @ForAll List<FeedbackEvent> events) {
        FeedbackReport current = start;
        for (FeedbackEvent event : events) {
            boolean legal = isLegal(current, event);
            Transition<FeedbackReport> result = current.apply(event);
            assertThat(result.accepted()).as("%s on %s", event, current.stage()).isEqualTo(legal);
            if (legal) {
                assertThat(result.state().stage().ordinal()).isEqualTo(current.stage().ordinal() + 1);
                assertThat(result.state().details()).isEqualTo(current.details());
            } else {
                assertThat(result.state()).isSameAs(current);
            }
            current = result.state();
        }
    }

    private static boolean isLegal(SituationReport current, SituationEvent event) {
        if (current.stage() == SituationStage.RECORDED && event instanceof SituationEvent.ReviewInMeeting review) {
            return !review.review().meetingDate().isBefore(current.details().date())
                    && (!current.details().conflictingContacts() || review.review().escalation().isPresent());
        }
        if (current instanceof SituationReport.Reviewed reviewed && event instanceof SituationEvent.Archive archive) {
            return !archive.on().isBefore(reviewed.review().meetingDate());
        }
        return false;
    }

    private static boolean isLegal(FeedbackReport current, FeedbackEvent event) {
        if (current.stage() == FeedbackStage.RECEIVED && event instanceof FeedbackEvent.Respond respond) {
            return !respond.response().on().isBefore(current.details().received());
        }
        if (current.stage() == FeedbackStage.RESPONDED && event instanceof FeedbackEvent.Close close) {
            LocalDate answered = current.response().orElseThrow().on();
            return !close.closure().on().isBefore(answered);
        }
        return false;
    }
}
