package fi.hoitomalli.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.TeamId;

/** Named scenarios of the two lifecycles: every legal step and the typical illegal ones as rejection values. */
class LifecycleTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    private static SituationReport.Recorded situation(boolean conflictingContacts) {
        return new SituationReport.Recorded(new SituationDetails(new SituationId("AT-1"), new SecretaryId("S-1"),
                new TeamId("T-1"), DAY, Optional.empty(), SituationTopic.ANNUAL_LEAVE, conflictingContacts,
                "Työntekijä kysyi lomasta ohi esimiehen", "Ohjattiin esimiehelle", false));
    }

    private static FeedbackReport.Received feedback() {
        return new FeedbackReport.Received(new FeedbackDetails(new FeedbackId("AP-1"), new SecretaryId("S-1"),
                new TeamId("T-1"), DAY, FeedbackKind.NEGATIVE, FeedbackReason.OTHER, Optional.of("Laskutus"),
                "Kyselyn palautteeseen ei vastattu", FeedbackChannel.SATISFACTION_SURVEY, Optional.empty(),
                new CustomerSegment(new SectorId("SIVI"), Role.SUPERVISOR, Optional.of(new AgreementCode("OVTES"))),
                DAY.plusDays(7), false));
    }

    private static SituationEvent.ReviewInMeeting review(LocalDate day, Optional<Escalation> escalation) {
        return new SituationEvent.ReviewInMeeting(new Review(day, "Vastataan aina esimiehen kautta", escalation));
    }

    private static Response response(LocalDate day) {
        return new Response(new Respondent.ByStaff(new StaffId("L-1")), day, ResponseMethod.EMAIL, "Pahoittelut");
    }

    @Test
    void situationIsRecordedReviewedAndArchived() {
        Transition<SituationReport> reviewed = situation(false).apply(review(DAY.plusDays(7), Optional.empty()));
        assertThat(reviewed.accepted()).isTrue();
        assertThat(reviewed.state().stage()).isEqualTo(SituationStage.REVIEWED);
        Transition<SituationReport> archived = reviewed.state().apply(new SituationEvent.Archive(DAY.plusDays(30)));
        assertThat(archived.state()).isInstanceOfSatisfying(SituationReport.Archived.class,
                a -> assertThat(a.archivedOn()).isEqualTo(DAY.plusDays(30)));
    }

    @Test
    void archivingAnUnreviewedSituationIsRejected() {
        SituationReport.Recorded recorded = situation(false);
        Transition<SituationReport> result = recorded.apply(new SituationEvent.Archive(DAY));
        assertThat(result).isInstanceOfSatisfying(Transition.Rejected.class, r -> {
            assertThat(r.rule()).isEqualTo("fi.hoitomalli.forms.transition.notAllowed");
            assertThat(r.reason().en()).isEqualTo("Cannot archive a record in state RECORDED");
        });
        assertThat(result.state()).isSameAs(recorded);
    }

    @Test
    void reviewingTwiceAndReviewingBeforeTheSituationAreRejected() {
        SituationReport reviewed = situation(false).apply(review(DAY, Optional.empty())).state();
        assertThat(reviewed.apply(review(DAY.plusDays(1), Optional.empty())).accepted()).isFalse();
        Transition<SituationReport> early = situation(false).apply(review(DAY.minusDays(1), Optional.empty()));
        assertThat(early).isInstanceOfSatisfying(Transition.Rejected.class,
                r -> assertThat(r.rule()).isEqualTo("fi.hoitomalli.forms.transition.tooEarly"));
    }

    @Test
    void archivedSituationAcceptsNothing() {
        SituationReport archived = situation(false).apply(review(DAY, Optional.empty())).state()
                .apply(new SituationEvent.Archive(DAY)).state();
        assertThat(archived.apply(new SituationEvent.Archive(DAY.plusDays(1))).accepted()).isFalse();
        assertThat(archived.apply(review(DAY, Optional.empty())).accepted()).isFalse();
    }

    @Test
    void conflictingContactsMustBeEscalatedToTheTeamLead() {
        Transition<SituationReport> plain = situation(true).apply(review(DAY, Optional.empty()));
        assertThat(plain).isInstanceOfSatisfying(Transition.Rejected.class, r -> {
            assertThat(r.rule()).isEqualTo("fi.hoitomalli.forms.transition.conflictNotEscalated");
            assertThat(r.reason().fi()).startsWith("Ristiriitaiset yhteydenotot on raportoitava lähiesimiehelle");
        });
        assertThat(situation(true).apply(review(DAY, Optional.of(Escalation.TEAM_LEAD))).accepted()).isTrue();
        assertThat(situation(true).apply(review(DAY, Optional.of(Escalation.MANAGEMENT))).accepted()).isTrue();
    }

    @Test
    void feedbackIsReceivedRespondedAndClosedWithAFollowUpIntoAnAccountPlan() {
        FeedbackReport responded = feedback().apply(new FeedbackEvent.Respond(response(DAY.plusDays(2)))).state();
        assertThat(responded.stage()).isEqualTo(FeedbackStage.RESPONDED);
        FollowUp followUp = new FollowUp("Kyselyn palautteet käsitellään asiakkuustiimissä", Optional.of("SIVI-2027-4"));
        Transition<FeedbackReport> closed = responded.apply(new FeedbackEvent.Close(
                new Closure(DAY.plusDays(3), Optional.of(followUp))));
        assertThat(closed.state()).isInstanceOfSatisfying(FeedbackReport.Closed.class,
                c -> assertThat(c.closure().followUp()).contains(followUp));
        assertThat(closed.state().status().closedOn()).contains(DAY.plusDays(3));
        assertThat(closed.state().status().respondedOn()).contains(DAY.plusDays(2));
    }

    @Test
    void unansweredFeedbackCannotBeClosed() {
        Transition<FeedbackReport> result = feedback().apply(new FeedbackEvent.Close(new Closure(DAY, Optional.empty())));
        assertThat(result.accepted()).isFalse();
        assertThat(result.state().stage()).isEqualTo(FeedbackStage.RECEIVED);
    }

    @Test
    void responseBeforeReceiptAndClosingBeforeResponseAreRejected() {
        assertThat(feedback().apply(new FeedbackEvent.Respond(response(DAY.minusDays(1)))).accepted()).isFalse();
        FeedbackReport responded = feedback().apply(new FeedbackEvent.Respond(response(DAY.plusDays(2)))).state();
        assertThat(responded.apply(new FeedbackEvent.Close(new Closure(DAY.plusDays(1), Optional.empty()))).accepted())
                .isFalse();
        assertThat(responded.apply(new FeedbackEvent.Respond(response(DAY.plusDays(3)))).accepted()).isFalse();
    }

    @Test
    void overdueMeansUnansweredAfterTheDueDate() {
        FeedbackReport.Received received = feedback();
        assertThat(received.isOverdue(DAY.plusDays(7))).isFalse();
        assertThat(received.isOverdue(DAY.plusDays(8))).isTrue();
        FeedbackReport late = received.apply(new FeedbackEvent.Respond(response(DAY.plusDays(9)))).state();
        assertThat(late.isOverdue(DAY.plusDays(20))).isFalse();
        assertThat(late.answeredLate()).isTrue();
    }

    @Test
    void ax2_withoutTextKeepsCategoriesAndIsIdempotent() {
        FeedbackReport closed = feedback().apply(new FeedbackEvent.Respond(response(DAY))).state()
                .apply(new FeedbackEvent.Close(new Closure(DAY, Optional.of(new FollowUp("Koulutus",
                        Optional.of("A-1")))))).state();
        FeedbackReport blank = closed.withoutText();
        assertThat(blank.details().text()).isEmpty();
        assertThat(blank.details().otherReason()).isEmpty();
        assertThat(blank.response().orElseThrow().text()).isEmpty();
        assertThat(((FeedbackReport.Closed) blank).closure().followUp().orElseThrow().description()).isEmpty();
        assertThat(((FeedbackReport.Closed) blank).closure().followUp().orElseThrow().planActionId()).contains("A-1");
        assertThat(blank.details().reason()).isEqualTo(FeedbackReason.OTHER);
        assertThat(blank.details().segment()).isEqualTo(closed.details().segment());
        assertThat(blank.withoutText()).isEqualTo(blank);
    }
}
