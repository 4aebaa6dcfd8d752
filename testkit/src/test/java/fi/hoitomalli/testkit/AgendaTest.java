package fi.hoitomalli.testkit;

import static fi.hoitomalli.testkit.FormsFixture.SIVI_TEAM;
import static fi.hoitomalli.testkit.FormsFixture.SOTE_TEAM;
import static fi.hoitomalli.testkit.FormsFixture.secretary;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.Review;
import fi.hoitomalli.forms.SituationEvent;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.forms.TeamMeetingAgenda;

/** The team meeting agenda: overdue feedback first, then unreviewed situations, then new feedback. */
class AgendaTest {

    private static final LocalDate PREVIOUS = LocalDate.of(2027, 3, 1);
    private static final LocalDate MEETING = LocalDate.of(2027, 3, 15);

    private static LocalDate day(int d) {
        return LocalDate.of(2027, 3, d);
    }

    @Test
    void agendaHasOverdueFeedbackFirstThenSituationsThenNewFeedback() {
        InMemorySituationReports situations = new InMemorySituationReports(
                FormsFixture.accessPolicy(Absences.none(), SituationReportsContract.CLOCK));
        InMemoryFeedbackReports feedback = new InMemoryFeedbackReports(
                FormsFixture.accessPolicy(Absences.none(), SituationReportsContract.CLOCK));
        // Feedback of 12 Feb is due 19 Feb: long overdue, although received before the previous meeting.
        FeedbackReport oldOverdue = FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(1), LocalDate.of(2027, 2, 12),
                Optional.empty());
        // Received 3 March, due 10 March: overdue on the meeting day.
        FeedbackReport newOverdue = FormsSamples.feedback("AP-2", SIVI_TEAM, secretary(2), day(3), Optional.empty());
        // Received 10 March, due 17 March: new, not overdue.
        FeedbackReport fresh = FormsSamples.feedback("AP-3", SIVI_TEAM, secretary(3), day(10), Optional.empty());
        // Answered feedback received after the previous meeting is still new.
        FeedbackReport answered = FormsSamples.responded(
                FormsSamples.feedback("AP-4", SIVI_TEAM, secretary(4), day(4), Optional.empty()), day(5));
        // Answered before the previous meeting: already gone through.
        FeedbackReport old = FormsSamples.responded(
                FormsSamples.feedback("AP-5", SIVI_TEAM, secretary(4), LocalDate.of(2027, 2, 20), Optional.empty()),
                LocalDate.of(2027, 2, 21));
        FeedbackReport afterMeeting = FormsSamples.feedback("AP-6", SIVI_TEAM, secretary(1), day(16), Optional.empty());
        FeedbackReport otherTeam = FormsSamples.feedback("AP-7", SOTE_TEAM, secretary(5), day(3), Optional.empty());
        for (FeedbackReport f : new FeedbackReport[] {oldOverdue, newOverdue, fresh, answered, old, afterMeeting, otherTeam}) {
            feedback.record(f);
        }
        SituationReport leftOver = FormsSamples.situation("AT-1", SIVI_TEAM, secretary(1), LocalDate.of(2027, 2, 25),
                Optional.empty());
        SituationReport newOne = FormsSamples.situation("AT-2", SIVI_TEAM, secretary(2), day(8), Optional.empty());
        SituationReport reviewed = FormsSamples.situation("AT-3", SIVI_TEAM, secretary(3), day(2), Optional.empty())
                .apply(new SituationEvent.ReviewInMeeting(new Review(day(4), "Jaettu", Optional.empty()))).state();
        SituationReport future = FormsSamples.situation("AT-4", SIVI_TEAM, secretary(1), day(16), Optional.empty());
        SituationReport sote = FormsSamples.situation("AT-5", SOTE_TEAM, secretary(5), day(8), Optional.empty());
        for (SituationReport s : new SituationReport[] {newOne, leftOver, reviewed, future, sote}) {
            situations.record(s);
        }

        TeamMeetingAgenda agenda = TeamMeetingAgenda.prepare(new Actor.TeamLead(FormsFixture.SIVI_LEAD), SIVI_TEAM,
                MEETING, Optional.of(PREVIOUS), situations, feedback);

        assertThat(agenda.overdueFeedback()).containsExactly(oldOverdue, newOverdue);
        assertThat(agenda.situations()).containsExactly(leftOver, newOne);
        assertThat(agenda.newFeedback()).containsExactly(answered, fresh);
        assertThat(agenda.size()).isEqualTo(6);
    }

    @Test
    void firstMeetingTakesEverythingUpToTheMeetingDay() {
        FeedbackReport early = FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(1), day(12), Optional.empty());
        TeamMeetingAgenda agenda = TeamMeetingAgenda.of(SIVI_TEAM, MEETING, Optional.empty(),
                java.util.List.of(), java.util.List.of(early));
        assertThat(agenda.newFeedback()).containsExactly(early);
        assertThat(agenda.overdueFeedback()).isEmpty();
    }

    @Test
    void ax1_agendaShowsOnlyWhatTheActorMayRead() {
        InMemoryFeedbackReports feedback = new InMemoryFeedbackReports(
                FormsFixture.accessPolicy(Absences.none(), SituationReportsContract.CLOCK));
        feedback.record(FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(1), day(10), Optional.empty()));
        InMemorySituationReports situations = new InMemorySituationReports(
                FormsFixture.accessPolicy(Absences.none(), SituationReportsContract.CLOCK));
        TeamMeetingAgenda agenda = TeamMeetingAgenda.prepare(new Actor.TeamLead(FormsFixture.SOTE_LEAD), SIVI_TEAM,
                MEETING, Optional.of(PREVIOUS), situations, feedback);
        assertThat(agenda.size()).isZero();
    }
}
