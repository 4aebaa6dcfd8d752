package fi.hoitomalli.testkit;

import java.time.LocalDate;
import java.util.Optional;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.forms.CustomerSegment;
import fi.hoitomalli.forms.FeedbackChannel;
import fi.hoitomalli.forms.FeedbackDetails;
import fi.hoitomalli.forms.FeedbackId;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FeedbackReason;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.Respondent;
import fi.hoitomalli.forms.Response;
import fi.hoitomalli.forms.ResponseMethod;
import fi.hoitomalli.forms.SituationDetails;
import fi.hoitomalli.forms.SituationId;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.forms.SituationTopic;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/** Hand-made form records for named test scenarios and contract tests, over {@link FormsFixture}. */
public final class FormsSamples {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.vantaaDefault();

    private FormsSamples() {
    }

    /** A recorded situation with text, about no customer or the given one. */
    public static SituationReport.Recorded situation(String id, TeamId team, SecretaryId recorder, LocalDate date,
                                                     Optional<CustomerId> customer) {
        return new SituationReport.Recorded(new SituationDetails(new SituationId(id), recorder, team, date, customer,
                SituationTopic.PAY, false, "Asiakas soitti palkasta " + id, "Neuvottiin " + id, false));
    }

    /** A received negative service-quality feedback with text, due after 5 working days. */
    public static FeedbackReport.Received feedback(String id, TeamId team, SecretaryId recorder, LocalDate received,
                                                   Optional<CustomerId> customer) {
        return new FeedbackReport.Received(new FeedbackDetails(new FeedbackId(id), recorder, team, received,
                FeedbackKind.NEGATIVE, FeedbackReason.SERVICE_QUALITY, Optional.empty(), "Palaute " + id,
                FeedbackChannel.OWN_SECRETARY, customer,
                new CustomerSegment(FormsFixture.sectorOf(team), Role.SUPERVISOR, Optional.of(new AgreementCode("KVTES"))),
                CALENDAR.plusWorkingDays(received, 5), false));
    }

    /** The feedback answered by its recorder on the day. */
    public static FeedbackReport.Responded responded(FeedbackReport.Received received, LocalDate on) {
        return new FeedbackReport.Responded(received.details(),
                new Response(new Respondent.BySecretary(received.details().recorder()), on, ResponseMethod.PHONE,
                        "Vastattiin puhelimessa"));
    }
}
