package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.IdSource;
import fi.hoitomalli.common.InputValidation;
import fi.hoitomalli.forms.FeedbackInput;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.Forms;
import fi.hoitomalli.forms.FormsPolicy;
import fi.hoitomalli.forms.SituationInput;

/**
 * The published arbitraries work through the ArbitraryProvider registration alone (no {@code @Domain}),
 * and what they call valid is valid for the library.
 */
class FormsArbitrariesProperties {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Clock TODAY = Clock.fixed(FormsArbitraries.TODAY.atTime(12, 0)
            .atZone(ZoneId.of("Europe/Helsinki")).toInstant(), ZoneId.of("Europe/Helsinki"));

    private final Forms forms;

    FormsArbitrariesProperties() {
        AccessPolicy policy = AccessPolicy.denyAll();
        forms = new Forms(new InputValidation(FACTORY.getValidator()), FormsFixture.centre(),
                FormsFixture.directory().orgStructure().sectors(),
                WorkingCalendar.vantaaDefault(), FormsPolicy.defaults(), TODAY, IdSource.sequential("A"),
                new InMemorySituationReports(policy), new InMemoryFeedbackReports(policy));
    }

    @AfterContainer
    static void close() {
        FACTORY.close();
    }

    @Property(tries = 60)
    void generatedInputsAreValid(@ForAll SituationInput situation, @ForAll FeedbackInput feedback) {
        assertThat(forms.violationsOf(situation)).isEmpty();
        assertThat(forms.violationsOf(feedback)).isEmpty();
        assertThat(forms.recordFeedback(feedback).details().dueDate())
                .isEqualTo(WorkingCalendar.vantaaDefault().plusWorkingDays(feedback.date(), 5));
    }

    @Property(tries = 60)
    void generatedFeedbackIsConsistent(@ForAll FeedbackReport report) {
        assertThat(report.details().dueDate()).isAfter(report.details().received());
        report.response().ifPresent(r -> assertThat(r.on()).isAfterOrEqualTo(report.details().received()));
        assertThat(report.withoutText().details().anonymised()).isTrue();
    }
}
