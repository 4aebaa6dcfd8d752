package fi.hoitomalli.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenarios of what is due to whom and when (docs/reminders-and-mail.md). */
class ReminderEvaluationTest {

    static final ZoneId HKI = WorkingCalendar.HELSINKI;
    static final Recipient MAIJA = new Recipient("Maija Meikäläinen", new EmailAddress("maija@vantaa.fi"), Language.FI);
    static final Recipient ASA = new Recipient("Åsa Öberg", new EmailAddress("asa@vantaa.fi"), Language.SV);
    static final Recipient LEAD = new Recipient("Tiina Tiiminvetäjä", new EmailAddress("tiina@vantaa.fi"), Language.FI);

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HKI).toInstant();
    }

    static List<Reminder> evaluateAt(String localDateTime, DueFacts facts) {
        Clock clock = Clock.fixed(at(localDateTime), HKI);
        return new ReminderEvaluation(clock, WorkingCalendar.vantaaDefault(), ReminderPolicy.vantaaDefault()).evaluate(facts);
    }

    static IntranetUpdate update(String id, String published, IntranetUpdate.Importance importance, Recipient... to) {
        return new IntranetUpdate(new IntranetItem(id, "Päivitys " + id, "https://intra.vantaa.fi/" + id, "Tiivistelmä"),
                importance, at(published), List.of(to));
    }

    @Test
    void digest_updatesOfADayAreOneEmailPerRecipientAtTheDigestTime() {
        DueFacts facts = DueFacts.none().withUpdates(List.of(
                update("u1", "2027-03-02T09:00", IntranetUpdate.Importance.NORMAL, MAIJA, ASA),
                update("u2", "2027-03-02T11:00", IntranetUpdate.Importance.NORMAL, MAIJA),
                update("u3", "2027-03-02T14:59", IntranetUpdate.Importance.NORMAL, MAIJA),
                update("u4", "2027-03-02T15:00", IntranetUpdate.Importance.NORMAL, MAIJA)));

        assertThat(evaluateAt("2027-03-02T14:59", facts)).isEmpty();
        List<Reminder> due = evaluateAt("2027-03-02T15:00", facts);
        assertThat(due).hasSize(2);
        Reminder maijas = due.stream().filter(r -> r.to().equals(MAIJA)).findFirst().orElseThrow();
        assertThat(maijas.key()).isEqualTo(new ReminderKey(ReminderKind.INTRANET_DIGEST, "digest", MAIJA.address(),
                "2027-03-02"));
        assertThat(((ReminderContent.Digest) maijas.content()).items()).extracting(IntranetItem::id)
                .containsExactly("u1", "u2", "u3");
        assertThat(maijas.dueAt()).isEqualTo(at("2027-03-02T15:00"));
        List<Reminder> nextDay = evaluateAt("2027-03-03T15:00", facts);
        assertThat(nextDay).filteredOn(r -> r.key().period().equals("2027-03-03")).singleElement()
                .satisfies(r -> assertThat(((ReminderContent.Digest) r.content()).items()).extracting(IntranetItem::id)
                        .containsExactly("u4"));
    }

    @Test
    void urgentUpdatesAreDueAtOnceAndStayOutOfTheDigest() {
        DueFacts facts = DueFacts.none().withUpdates(List.of(
                update("u9", "2027-03-02T09:30", IntranetUpdate.Importance.URGENT, MAIJA, MAIJA, ASA)));
        assertThat(evaluateAt("2027-03-02T09:29", facts)).isEmpty();
        List<Reminder> due = evaluateAt("2027-03-02T09:30", facts);
        assertThat(due).extracting(Reminder::to).containsExactly(MAIJA, ASA);
        assertThat(due).allSatisfy(r -> assertThat(r.key().kind()).isEqualTo(ReminderKind.INTRANET_URGENT));
        assertThat(evaluateAt("2027-03-02T15:00", facts)).noneMatch(r -> r.key().kind() == ReminderKind.INTRANET_DIGEST);
    }

    @Test
    void invitation_goesOutFiveWorkingDaysAheadSkippingEaster() {
        // Wed 31.3.2027; Good Friday 26.3. and Easter Monday 29.3. are holidays: 5 working days back is Mon 22.3.
        ActivityDue steering = new ActivityDue("sg-1", "Ohjausryhmä", LocalDateTime.parse("2027-03-31T10:00"),
                LocalDateTime.parse("2027-03-31T11:30"), HKI, "Kokoushuone Kielo", LEAD, List.of(MAIJA, ASA));
        DueFacts facts = DueFacts.none().withActivities(List.of(steering));
        assertThat(evaluateAt("2027-03-22T07:59", facts)).isEmpty();
        List<Reminder> due = evaluateAt("2027-03-22T08:00", facts);
        assertThat(due).extracting(Reminder::to).containsExactly(MAIJA, ASA);
        assertThat(due.get(0).key()).isEqualTo(new ReminderKey(ReminderKind.ACTIVITY_INVITATION, "sg-1",
                MAIJA.address(), "2027-03-31"));
        assertThat(evaluateAt("2027-03-31T10:00", facts)).as("not after the start").isEmpty();
    }

    @Test
    void callBack_overdueToSecretaryThenEscalatedWithTeamLeadCopied() {
        CallBackDue promise = new CallBackDue("cb-7", MAIJA, LEAD, at("2027-03-02T12:00"), "Palkkalaskelma, Matti");
        DueFacts facts = DueFacts.none().withCallBacks(List.of(promise));
        assertThat(evaluateAt("2027-03-02T12:00", facts)).isEmpty();
        Reminder overdue = evaluateAt("2027-03-02T12:01", facts).get(0);
        assertThat(overdue.to()).isEqualTo(MAIJA);
        assertThat(overdue.cc()).isEmpty();
        assertThat(overdue.key().period()).startsWith("overdue:");
        assertThat(evaluateAt("2027-03-04T12:00", facts).get(0).cc()).as("exactly at the limit").isEmpty();
        Reminder escalated = evaluateAt("2027-03-04T12:01", facts).get(0);
        assertThat(escalated.cc()).containsExactly(LEAD);
        assertThat(escalated.key().period()).startsWith("escalated:");
        assertThat(escalated.key()).isNotEqualTo(overdue.key());
    }

    @Test
    void feedback_nearDueOverdueAndEscalated() {
        FeedbackDue fb = new FeedbackDue("fb-3", ASA, LEAD, LocalDate.parse("2027-03-05"), "Asiakas oli tyytymätön");
        DueFacts facts = DueFacts.none().withFeedback(List.of(fb));
        // Fri 5.3.: two working days before is Wed 3.3. at 08:00
        assertThat(evaluateAt("2027-03-03T07:59", facts)).isEmpty();
        assertThat(stage(evaluateAt("2027-03-03T08:00", facts))).isEqualTo(ReminderStage.NEAR_DUE);
        assertThat(stage(evaluateAt("2027-03-05T23:59", facts))).isEqualTo(ReminderStage.NEAR_DUE);
        assertThat(stage(evaluateAt("2027-03-06T00:00", facts))).isEqualTo(ReminderStage.OVERDUE);
        List<Reminder> escalated = evaluateAt("2027-03-08T00:01", facts);
        assertThat(stage(escalated)).isEqualTo(ReminderStage.ESCALATED);
        assertThat(escalated.get(0).cc()).containsExactly(LEAD);
    }

    @Test
    void planAction_ownerRemindedThreeWorkingDaysBefore() {
        PlanActionDue action = new PlanActionDue("pa-1", "Esimiesinfo", "Sivistystoimi", ASA, LocalDate.parse("2027-03-08"));
        DueFacts facts = DueFacts.none().withPlanActions(List.of(action));
        // Mon 8.3.: three working days back is Wed 3.3.
        assertThat(evaluateAt("2027-03-03T07:59", facts)).isEmpty();
        assertThat(evaluateAt("2027-03-03T08:00", facts)).singleElement()
                .satisfies(r -> assertThat(r.key()).isEqualTo(new ReminderKey(ReminderKind.PLAN_ACTION, "pa-1",
                        ASA.address(), "2027-03-08")));
    }

    @Test
    void evaluationIsDeterministic() {
        DueFacts facts = DueFacts.none()
                .withUpdates(List.of(update("u1", "2027-03-02T09:00", IntranetUpdate.Importance.NORMAL, MAIJA)))
                .withCallBacks(List.of(new CallBackDue("cb-1", MAIJA, LEAD, at("2027-03-01T12:00"), "")));
        assertThat(evaluateAt("2027-03-02T16:00", facts)).isEqualTo(evaluateAt("2027-03-02T16:00", facts)).hasSize(2);
    }

    @Test
    void headerInjectionThroughNamesTitlesAndLocationsIsRejected() {
        assertThatThrownBy(() -> new Recipient("Maija\r\nBcc: all@vantaa.fi", MAIJA.address(), Language.FI))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header injection");
        assertThatThrownBy(() -> new IntranetItem("u1", "Otsikko\nBcc: x@y.fi", "https://intra.vantaa.fi/u1", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header injection");
        assertThatThrownBy(() -> new ActivityDue("a", "T", LocalDateTime.parse("2027-03-31T10:00"),
                LocalDateTime.parse("2027-03-31T11:00"), HKI, "Huone\r\nX: y", LEAD, List.of(MAIJA)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header injection");
        assertThatThrownBy(() -> new IntranetItem("u1", "Ok", "javascript:alert(1)", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s) link");
        assertThatThrownBy(() -> new ReminderKey(ReminderKind.PLAN_ACTION, "a/b c", MAIJA.address(), "p"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void payrollDataIsRejectedInTitlesThatReachSubjects() {
        assertThatThrownBy(() -> new PlanActionDue("pa", "Korjaa 131052-308T palkka", "Sote", ASA, LocalDate.parse("2027-03-08")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("personal payroll data");
        assertThatThrownBy(() -> new IntranetItem("u", "Tili FI21 1234 5600 0007 85", "https://intra.vantaa.fi/u", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("personal payroll data");
    }

    @Test
    void subjectsComeFromTemplatesAndTitlesOnlyNeverFromNotes() {
        CallBackDue promise = new CallBackDue("cb-7", MAIJA, LEAD, at("2027-03-02T12:00"), "Matti Virtanen, palkka 3120 €");
        Reminder r = evaluateAt("2027-03-05T12:00", DueFacts.none().withCallBacks(List.of(promise))).get(0);
        ReminderTexts texts = new ReminderTexts(HKI);
        for (Language language : Language.values()) {
            ReminderText text = texts.render(r, language);
            assertThat(text.subject()).doesNotContain("Matti").doesNotContain("3120");
            assertThat(String.join("\n", text.paragraphs())).contains("Matti Virtanen, palkka 3120 €");
        }
        assertThat(texts.render(r).subject()).isEqualTo("Soittolupaus yhä hoitamatta (erääntyi 2.3.2027)");
        assertThat(texts.render(r, Language.SV).subject()).isEqualTo("Utlovat återsamtal fortfarande ogjort (förföll 2 mars 2027)");
        assertThat(texts.render(r, Language.EN).subject()).isEqualTo("Call-back promise still open (due 2 March 2027)");
    }

    @Test
    void retryBackoffDoublesUpToTheCap() {
        RetryPolicy retry = new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofSeconds(60));
        assertThat(List.of(1, 2, 3, 4, 5)).map(retry::backoffAfter).containsExactly(Duration.ofSeconds(10),
                Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofSeconds(60), Duration.ofSeconds(60));
        assertThat(retry.allowsAnotherAfter(4)).isTrue();
        assertThat(retry.allowsAnotherAfter(5)).isFalse();
    }

    private static ReminderStage stage(List<Reminder> due) {
        assertThat(due).hasSize(1);
        return ((ReminderContent.Feedback) due.get(0).content()).stage();
    }
}
