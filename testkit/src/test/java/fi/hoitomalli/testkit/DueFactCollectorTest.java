package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.clock.ActivityMark;
import fi.hoitomalli.clock.ActivityTemplate;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.clock.ClockActivity;
import fi.hoitomalli.clock.ClockScope;
import fi.hoitomalli.clock.ClockPlanner;
import fi.hoitomalli.clock.Occurrence;
import fi.hoitomalli.clock.TemplateId;
import fi.hoitomalli.clock.VantaaClock;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.InquiryId;
import fi.hoitomalli.contact.PromiseId;
import fi.hoitomalli.contact.PromiseTerms;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.plan.ActionId;
import fi.hoitomalli.plan.ActionStatus;
import fi.hoitomalli.plan.PlanAction;
import fi.hoitomalli.reminder.ActivityDue;
import fi.hoitomalli.reminder.CollectedFacts;
import fi.hoitomalli.reminder.DueFactCollector;
import fi.hoitomalli.reminder.Recipient;
import fi.hoitomalli.reminder.RecipientDirectory;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderContent;
import fi.hoitomalli.reminder.ReminderEvaluation;
import fi.hoitomalli.reminder.ReminderKind;
import fi.hoitomalli.reminder.ReminderPolicy;
import fi.hoitomalli.reminder.ReminderStage;
import fi.hoitomalli.reminder.Unreached;
import fi.hoitomalli.team.ManagementGroup;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.StaffMember;
import fi.hoitomalli.team.SubstitutePair;
import fi.hoitomalli.team.TeamId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The collectors end to end: a real annual clock, real call-back promises and a real account
 * plan become due facts, the evaluation turns them into reminders, and a second run adds nothing.
 */
class DueFactCollectorTest {

    static final ZoneId HKI = WorkingCalendar.HELSINKI;
    static final SectorId SIVI = new SectorId("SIVI");
    static final TeamId T1 = new TeamId("T1");
    static final SecretaryId S01 = new SecretaryId("S-01");
    static final SecretaryId S07 = new SecretaryId("S-07");
    static final StaffId LEAD = new StaffId("L-1");
    static final StaffId HEAD = new StaffId("HEAD");
    static final ServiceCentre CENTRE = ServiceCentre.of(
            List.of(new ServiceTeam(T1, "T1", Set.of(SIVI), LEAD, List.of(S01, S07),
                    List.of(new SubstitutePair(S01, S07)))),
            List.of(new Secretary(S01, "Maija Meikäläinen", new EmailAddress("maija@vantaa.fi"), Language.FI),
                    new Secretary(S07, "Åsa Öberg", new EmailAddress("asa@vantaa.fi"), Language.SV)),
            new ManagementGroup(staff(HEAD, "Helena Yksikönpäällikkö"), List.of(staff(LEAD, "Teppo Tiiminvetäjä")),
                    staff(new StaffId("LAW"), "Lauri Lakimies")));
    static final Recipient STEERING_MEMBER =
            new Recipient("Sven Styrgrupp", new EmailAddress("sven@vantaa.fi"), Language.SV);

    static StaffMember staff(StaffId id, String name) {
        return new StaffMember(id, name, new EmailAddress(id.value().toLowerCase() + "@vantaa.fi"), Language.FI);
    }

    static Instant at(LocalDateTime local) {
        return local.atZone(HKI).toInstant();
    }

    static ReminderEvaluation evaluationAt(Instant now) {
        return new ReminderEvaluation(Clock.fixed(now, HKI), WorkingCalendar.vantaaDefault(),
                ReminderPolicy.vantaaDefault());
    }

    static AnnualClock clock2027() {
        List<Sector> sectors = List.of(new Sector(SIVI, new LocalizedText("Sivistystoimi", "Bildningsväsendet",
                "Education"), true));
        List<ActivityTemplate> templates = VantaaClock.templates(sectors, CENTRE.teams(), HEAD);
        return new ClockPlanner(WorkingCalendar.vantaaDefault()).generate(Year.of(2027), templates);
    }

    DueFactCollector collector(RecipientDirectory directory) {
        return new DueFactCollector(directory, HKI);
    }

    @Test
    void activities_everyScheduledOccurrenceWithAKnownOrganiserBecomesAnInvitation() {
        AnnualClock clock = clock2027();
        CollectedFacts collected = collector(RecipientDirectory.of(CENTRE)).activities(clock);

        List<Occurrence> scheduled = clock.occurrences().stream().filter(o -> o.start().isPresent()).toList();
        assertThat(clock.occurrences()).anyMatch(o -> o.start().isEmpty());
        // one fact per occurrence and language: the team meetings reach Maija in Finnish and Åsa in Swedish
        assertThat(collected.facts().activities().stream().map(ActivityDue::id).distinct())
                .hasSameSizeAs(scheduled)
                .allMatch(id -> !id.startsWith("PAYROLL"));
        assertThat(collected.facts().activities()).filteredOn(a -> a.id().startsWith("TEAM-T1:"))
                .allSatisfy(a -> assertThat(a.attendees()).extracting(Recipient::language)
                        .containsOnly(a.attendees().get(0).language()));
        // groups such as the steering group are unknown to the service centre's directory: reported, not lost
        assertThat(collected.unreached()).contains(new Unreached("SG:" + sgFirst(clock).date(),
                "group:steering-group", Unreached.Reason.UNKNOWN_PERSON));
        assertThat(collected.unreachedCount(Unreached.Reason.UNKNOWN_PERSON)).isPositive();
    }

    @Test
    void activities_recordedActivitiesInviteOnlyWhileStillPlanned() {
        AnnualClock clock = clock2027();
        InMemoryClockActivities store = new InMemoryClockActivities();
        ClockScope city = ClockScope.city();
        List<ClockActivity> meetings = store.plan(city, clock).stream()
                .filter(a -> a.occurrence().template().value().equals("TEAM-T1")).toList();
        ClockActivity cancelled = meetings.get(0);
        ClockActivity held = meetings.get(1);
        LocalDate from = cancelled.occurrence().date();
        LocalDate to = meetings.get(3).occurrence().date();
        store.mark(cancelled.key(), 1, ActivityMark.cancelled("Teppo", at(from.atTime(8, 0)), "sairauksia"));
        store.mark(held.key(), 1, ActivityMark.held("Teppo", at(held.occurrence().date().atTime(16, 0))));
        DueFactCollector collector = collector(RecipientDirectory.of(CENTRE));

        CollectedFacts recorded = collector.activities(clock, store, city, from, to);

        List<String> skipped = List.of("TEAM-T1:" + from, "TEAM-T1:" + held.occurrence().date());
        List<ActivityDue> expected = collector.activities(clock).facts().activities().stream()
                .filter(a -> !a.start().toLocalDate().isBefore(from) && !a.start().toLocalDate().isAfter(to))
                .filter(a -> !skipped.contains(a.id()))
                .toList();
        assertThat(expected).extracting(ActivityDue::id).contains("TEAM-T1:" + to);
        assertThat(recorded.facts().activities()).containsExactlyElementsOf(expected);
        assertThat(recorded.facts().activities()).extracting(ActivityDue::id).doesNotContainAnyElementsOf(skipped);
        AnnualClock withoutTemplates = new AnnualClock(Year.of(2027), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> collector.activities(withoutTemplates, store.ofYear(city, Year.of(2027))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clock does not have");
    }

    static Occurrence sgFirst(AnnualClock clock) {
        return clock.occurrencesOf(new TemplateId("SG")).get(0);
    }

    @Test
    void activities_attendeesGetTheTitleInTheirLanguage_andTheInvitationIsDueOnceAtTheRightTime() {
        AnnualClock clock = clock2027();
        RecipientDirectory directory = RecipientDirectory.of(CENTRE)
                .withGroup(Participant.group("steering-group"), List.of(STEERING_MEMBER));
        CollectedFacts collected = collector(directory).activities(clock);
        Occurrence sg = sgFirst(clock);
        ActivityTemplate template = clock.template(sg.template()).orElseThrow();
        String id = "SG:" + sg.date();

        List<ActivityDue> invitations = collected.facts().activities().stream().filter(a -> a.id().equals(id)).toList();
        assertThat(invitations).extracting(ActivityDue::title)
                .containsExactly(template.title().fi(), template.title().sv());
        assertThat(invitations).allSatisfy(a -> {
            assertThat(a.organiser().name()).isEqualTo("Helena Yksikönpäällikkö");
            assertThat(a.start()).isEqualTo(sg.date().atTime(sg.start().orElseThrow()));
            assertThat(a.end()).isEqualTo(a.start().plus(sg.duration()));
        });
        assertThat(invitations.get(1).attendees()).containsExactly(STEERING_MEMBER);

        LocalDate sendDay = minusWorkingDays(sg.date(), ReminderPolicy.vantaaDefault().invitationWorkingDays());
        Instant sendAt = at(sendDay.atTime(ReminderPolicy.vantaaDefault().morningTime()));
        List<Reminder> justBefore = evaluationAt(sendAt.minusSeconds(1)).evaluate(collected.facts());
        assertThat(justBefore).noneMatch(r -> r.key().subject().equals(id));
        List<Reminder> due = evaluationAt(sendAt).evaluate(collected.facts());
        assertThat(due).filteredOn(r -> r.key().subject().equals(id))
                .extracting(r -> r.to().address().value())
                .containsExactlyInAnyOrder("head@vantaa.fi", "sven@vantaa.fi");

        InMemoryReminderOutbox outbox = new InMemoryReminderOutbox();
        ReminderEvaluation.EnqueueResult first = evaluationAt(sendAt).enqueue(collector(directory).activities(clock)
                .facts(), outbox);
        ReminderEvaluation.EnqueueResult second = evaluationAt(sendAt).enqueue(collector(directory).activities(clock)
                .facts(), outbox);
        assertThat(first.added()).isPositive();
        assertThat(second.added()).isZero();
        assertThat(second.alreadyPresent()).isEqualTo(first.added());
    }

    static LocalDate minusWorkingDays(LocalDate date, int n) {
        LocalDate day = date;
        int left = n;
        while (left > 0) {
            day = day.minusDays(1);
            if (WorkingCalendar.vantaaDefault().isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    @Test
    void callBacks_unkeptPromisesRemindTheHolder_andLongOverdueOnesCopyTheTeamLead() {
        InMemoryCallbackPromises promises = new InMemoryCallbackPromises();
        Instant made = at(LocalDateTime.parse("2027-03-01T10:00"));
        Instant due = at(LocalDateTime.parse("2027-03-02T10:00"));
        promises.add(new CallbackPromise.Open(terms("P-1", S01, S01, made, due)));
        promises.add(new CallbackPromise.Kept(terms("P-2", S01, S01, made, due), due.minusSeconds(60)));
        // S-01 is away: her promise is held by her partner Åsa, who is reminded in Swedish
        promises.add(new CallbackPromise.Open(terms("P-3", S01, S07, made, due.plusSeconds(3600 * 24 * 7))));

        CollectedFacts collected = collector(RecipientDirectory.of(CENTRE)).callBacks(promises, CENTRE);
        assertThat(collected.facts().callBacks()).extracting(c -> c.id() + "->" + c.secretary().name())
                .containsExactlyInAnyOrder("P-1->Maija Meikäläinen", "P-3->Åsa Öberg");
        assertThat(collected.facts().callBacks()).allSatisfy(c ->
                assertThat(c.teamLead().name()).isEqualTo("Teppo Tiiminvetäjä"));
        assertThat(collected.facts().callBacks()).filteredOn(c -> c.id().equals("P-3")).singleElement()
                .satisfies(c -> assertThat(c.note()).isEqualTo("Kontakt I-P-3"));
        assertThat(collected.unreached()).isEmpty();

        List<Reminder> overdue = evaluationAt(due.plusSeconds(60)).evaluate(collected.facts());
        assertThat(overdue).singleElement().satisfies(r -> {
            assertThat(r.key().kind()).isEqualTo(ReminderKind.CALL_BACK_PROMISE);
            assertThat(r.key().subject()).isEqualTo("P-1");
            assertThat(((ReminderContent.CallBack) r.content()).stage()).isEqualTo(ReminderStage.OVERDUE);
            assertThat(r.cc()).isEmpty();
        });
        List<Reminder> escalated = evaluationAt(due.plusSeconds(3 * 24 * 3600)).evaluate(collected.facts());
        assertThat(escalated).singleElement().satisfies(r ->
                assertThat(r.cc()).extracting(Recipient::name).containsExactly("Teppo Tiiminvetäjä"));

        InMemoryReminderOutbox outbox = new InMemoryReminderOutbox();
        ReminderEvaluation evaluation = evaluationAt(due.plusSeconds(60));
        assertThat(evaluation.enqueue(collected.facts(), outbox).added()).isEqualTo(1);
        assertThat(evaluation.enqueue(collector(RecipientDirectory.of(CENTRE)).callBacks(promises, CENTRE).facts(),
                outbox)).isEqualTo(new ReminderEvaluation.EnqueueResult(0, 1));
    }

    static PromiseTerms terms(String id, SecretaryId owner, SecretaryId holder, Instant made, Instant due) {
        return new PromiseTerms(new PromiseId(id), new InquiryId("I-" + id), java.util.Optional.empty(), T1, owner,
                holder, made, due);
    }

    @Test
    void planActions_openActionsRemindTheirOwnerByNameOrId_doneAndDroppedOnesDoNot() {
        AccountPlan plan = SamplePlans.sivistystoimi2027()
                .withAction(new PlanAction(new ActionId("A-3"), "Valmis toimenpide", "S-01", LocalDate.of(2027, 3, 1),
                        ActionStatus.DONE, java.util.Optional.empty(), java.util.Optional.empty()))
                .withAction(new PlanAction(new ActionId("A-4"), "Pudotettu", "S-01", LocalDate.of(2027, 3, 1),
                        ActionStatus.DROPPED, java.util.Optional.empty(), java.util.Optional.empty()))
                .withAction(new PlanAction(new ActionId("A-5"), "Kenen tämä on?", "Tuntematon Henkilö",
                        LocalDate.of(2027, 3, 1), ActionStatus.PLANNED, java.util.Optional.empty(),
                        java.util.Optional.empty()));

        CollectedFacts collected = collector(RecipientDirectory.of(CENTRE)).planActions(plan, "Sivistystoimi");
        assertThat(collected.facts().planActions()).extracting(a -> a.id() + "->" + a.owner().name())
                .containsExactly("SIVI:2027:A-1->Teppo Tiiminvetäjä", "SIVI:2027:A-2->Åsa Öberg");
        assertThat(collected.unreached()).containsExactly(
                new Unreached("SIVI:2027:A-5", "Tuntematon Henkilö", Unreached.Reason.UNKNOWN_PERSON));

        // A-2 is due 2027-02-28 (a Sunday): reminded 3 working days before, on Wednesday 24 February at 08:00
        List<Reminder> early = evaluationAt(at(LocalDateTime.parse("2027-02-24T07:59"))).evaluate(collected.facts());
        assertThat(early).isEmpty();
        List<Reminder> due = evaluationAt(at(LocalDateTime.parse("2027-02-24T08:00"))).evaluate(collected.facts());
        assertThat(due).singleElement().satisfies(r -> {
            assertThat(r.key().kind()).isEqualTo(ReminderKind.PLAN_ACTION);
            assertThat(r.to().address().value()).isEqualTo("asa@vantaa.fi");
            assertThat(r.to().language()).isEqualTo(Language.SV);
        });

        InMemoryReminderOutbox outbox = new InMemoryReminderOutbox();
        ReminderEvaluation evaluation = evaluationAt(at(LocalDateTime.parse("2027-04-30T09:00")));
        CollectedFacts all = collected.plus(collector(RecipientDirectory.of(CENTRE)).activities(clock2027()));
        ReminderEvaluation.EnqueueResult first = evaluation.enqueue(all.facts(), outbox);
        assertThat(outbox.find(new fi.hoitomalli.reminder.ReminderKey(ReminderKind.PLAN_ACTION, "SIVI:2027:A-1",
                new EmailAddress("l-1@vantaa.fi"), "2027-04-30"))).isPresent();
        assertThat(evaluation.enqueue(all.facts(), outbox)).isEqualTo(
                new ReminderEvaluation.EnqueueResult(0, first.added() + first.alreadyPresent()));
    }
}
