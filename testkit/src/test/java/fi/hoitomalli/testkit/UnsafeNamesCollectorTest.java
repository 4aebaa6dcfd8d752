package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.clock.ClockPlanner;
import fi.hoitomalli.clock.Occurrence;
import fi.hoitomalli.clock.VantaaClock;
import fi.hoitomalli.common.IdSource;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.InquiryId;
import fi.hoitomalli.contact.PromiseId;
import fi.hoitomalli.contact.PromiseTerms;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.forms.FeedbackChannel;
import fi.hoitomalli.forms.FeedbackInput;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FeedbackReason;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.Forms;
import fi.hoitomalli.forms.FormsPolicy;
import fi.hoitomalli.common.InputValidation;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.plan.ActionId;
import fi.hoitomalli.plan.ActionStatus;
import fi.hoitomalli.plan.PlanAction;
import fi.hoitomalli.reminder.ActivityDue;
import fi.hoitomalli.reminder.CallBackDue;
import fi.hoitomalli.reminder.CollectedFacts;
import fi.hoitomalli.reminder.DueFactCollector;
import fi.hoitomalli.reminder.FeedbackDue;
import fi.hoitomalli.reminder.PlanActionDue;
import fi.hoitomalli.reminder.Recipient;
import fi.hoitomalli.reminder.RecipientDirectory;
import fi.hoitomalli.reminder.ReminderEvaluation;
import fi.hoitomalli.reminder.ReminderPolicy;
import fi.hoitomalli.reminder.Unreached;
import fi.hoitomalli.team.ManagementGroup;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.StaffMember;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every collector that builds reminders per person leaves out only the person whose name cannot go into
 * a {@code To} header (longer than 120 characters; the text policy keeps control characters out of names), reports them as
 * {@link Unreached.Reason#UNSAFE_NAME} under their id, and still reaches everyone else: the call-back
 * promises, the unanswered feedback, the account-plan actions and the annual-clock invitations.
 */
class UnsafeNamesCollectorTest {

    static final ZoneId HKI = WorkingCalendar.HELSINKI;
    static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(HKI).toInstant(), HKI);
    static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    static final String LONG_NAME = "Sihteeri " + "Pitkänimi-".repeat(14); // 149 characters

    static final String S5_NAME = "Sihteeri " + "\uD83D\uDE00Viisi-".repeat(18); // 135 UTF-16 units
    static final String SOTE_LEAD_NAME = "Sote " + "Johtaja-".repeat(16); // 133 characters

    /** S-1 has a 149-character name, S-5 one of 135 with emoji, and the SOTE team's lead one of 133. */
    static final ServiceCentre CENTRE = withNames(FormsFixture.centre(), Map.of(
            "S-1", LONG_NAME, "S-5", S5_NAME, FormsFixture.SOTE_LEAD.value(), SOTE_LEAD_NAME));

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    static DueFactCollector collector(ServiceCentre centre) {
        return new DueFactCollector(RecipientDirectory.of(centre), HKI);
    }

    @Test
    void callBacks_onlyThePromisesOfTheUnaddressableHolderOrLeadAreUnreached() {
        InMemoryCallbackPromises promises = new InMemoryCallbackPromises();
        for (int n = 1; n <= 8; n++) {
            promises.add(new CallbackPromise.Open(terms("P-" + n, n)));
        }

        CollectedFacts collected = collector(CENTRE).callBacks(promises, CENTRE);

        assertThat(collected.facts().callBacks()).extracting(CallBackDue::id).containsExactly("P-2", "P-3", "P-4");
        assertThat(collected.unreached()).containsExactly(
                new Unreached("P-1", "S-1", Unreached.Reason.UNSAFE_NAME),
                new Unreached("P-5", "S-5", Unreached.Reason.UNSAFE_NAME),
                new Unreached("P-6", "L-SOTE", Unreached.Reason.UNSAFE_NAME),
                new Unreached("P-7", "L-SOTE", Unreached.Reason.UNSAFE_NAME),
                new Unreached("P-8", "L-SOTE", Unreached.Reason.UNSAFE_NAME));
        assertThat(evaluationAt(CLOCK.instant()).evaluate(collected.facts())).hasSize(3);
    }

    @Test
    void feedback_onlyTheRecordsOfTheUnaddressableRecorderOrLeadAreUnreached() {
        Forms forms = forms();
        List<FeedbackReport> records = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            records.add(recordFeedback(forms, n));
        }

        CollectedFacts collected = collector(CENTRE).feedback(records, CENTRE);

        assertThat(collected.facts().feedback()).extracting(f -> f.secretary().name())
                .containsExactly("Sihteeri 2", "Sihteeri 3", "Sihteeri 4");
        assertThat(collected.unreached()).extracting(Unreached::who, Unreached::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("S-1", Unreached.Reason.UNSAFE_NAME),
                org.assertj.core.groups.Tuple.tuple("S-5", Unreached.Reason.UNSAFE_NAME),
                org.assertj.core.groups.Tuple.tuple("L-SOTE", Unreached.Reason.UNSAFE_NAME),
                org.assertj.core.groups.Tuple.tuple("L-SOTE", Unreached.Reason.UNSAFE_NAME),
                org.assertj.core.groups.Tuple.tuple("L-SOTE", Unreached.Reason.UNSAFE_NAME));
        assertThat(collected.unreached()).extracting(Unreached::subject)
                .containsExactlyElementsOf(List.of(0, 4, 5, 6, 7).stream()
                        .map(i -> records.get(i).id().value()).toList());
    }

    @Test
    void planActions_anOwnerWhoseNameCannotBeAHeaderIsUnreachedByIdOrName() {
        AccountPlan plan = SamplePlans.sivistystoimi2027()
                .withAction(action("A-91", "S-1"))
                .withAction(action("A-92", S5_NAME))
                .withAction(action("A-93", "S-2"))
                .withAction(action("A-94", "Sihteeri 3"))
                .withAction(action("A-95", "Tuntematon Henkilö"));

        CollectedFacts collected = collector(CENTRE).planActions(plan, "Sivistystoimi");

        assertThat(collected.facts().planActions()).extracting(PlanActionDue::id, a -> a.owner().name())
                .contains(org.assertj.core.groups.Tuple.tuple("SIVI:2027:A-93", "Sihteeri 2"),
                        org.assertj.core.groups.Tuple.tuple("SIVI:2027:A-94", "Sihteeri 3"));
        assertThat(collected.unreached()).contains(
                new Unreached("SIVI:2027:A-91", "S-1", Unreached.Reason.UNSAFE_NAME),
                new Unreached("SIVI:2027:A-92", S5_NAME, Unreached.Reason.UNSAFE_NAME),
                new Unreached("SIVI:2027:A-95", "Tuntematon Henkilö", Unreached.Reason.UNKNOWN_PERSON));
    }

    @Test
    void activities_theOthersAreStillInvitedWhenAnAttendeeOrTheOrganiserCannotBeAddressed() {
        List<Sector> sectors = List.of(new Sector(FormsFixture.SIVI, new LocalizedText("Sivistystoimi",
                "Bildningsväsendet", "Education"), true), new Sector(FormsFixture.SOTE, new LocalizedText("Sote",
                "Social- och hälsovård", "Health and social services"), true));
        AnnualClock clock = new ClockPlanner(WorkingCalendar.vantaaDefault()).generate(Year.of(2027),
                VantaaClock.templates(sectors, CENTRE.teams(), FormsFixture.HEAD));

        CollectedFacts collected = collector(CENTRE).activities(clock);

        Occurrence siviMeeting = clock.occurrences().stream()
                .filter(o -> o.template().value().equals("TEAM-T-SIVI") && o.start().isPresent())
                .findFirst().orElseThrow();
        String siviId = "TEAM-T-SIVI:" + siviMeeting.date();
        assertThat(collected.facts().activities()).filteredOn(a -> a.id().equals(siviId))
                .flatExtracting(ActivityDue::attendees).extracting(Recipient::name)
                .contains("Sihteeri 2", "Sihteeri 3", "Sihteeri 4").doesNotContain(LONG_NAME);
        assertThat(collected.unreached()).contains(new Unreached(siviId,
                Participant.secretary(FormsFixture.secretary(1)).value(), Unreached.Reason.UNSAFE_NAME));
        // the SOTE team's meeting is organised by its lead, who cannot be addressed: reported, not thrown
        String soteId = "TEAM-T-SOTE:" + clock.occurrences().stream()
                .filter(o -> o.template().value().equals("TEAM-T-SOTE") && o.start().isPresent())
                .findFirst().orElseThrow().date();
        assertThat(collected.facts().activities()).noneMatch(a -> a.id().equals(soteId));
        assertThat(collected.unreached()).contains(new Unreached(soteId,
                Participant.staff(FormsFixture.SOTE_LEAD).value(), Unreached.Reason.UNSAFE_NAME));
    }

    static List<Long> seeds() {
        return LongStream.range(0, 30).map(i -> 0xCA11_0000L + i).boxed().toList();
    }

    /**
     * Over centres where a random few of the secretaries and leads have unsafe names, with a random number
     * of open promises and unanswered feedback each: nothing throws, every promise and every record is
     * either a due fact or unreached, and exactly those whose holder or lead cannot be addressed are unreached.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyPromiseAndRecordIsEitherDueOrUnreached(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ServiceCentre base = FormsFixture.centre();
        Map<String, String> renames = new java.util.HashMap<>();
        base.secretaries().forEach(s -> maybeSpoil(random, s.id().value(), renames));
        List.of(FormsFixture.SIVI_LEAD, FormsFixture.SOTE_LEAD).forEach(l -> maybeSpoil(random, l.value(), renames));
        ServiceCentre centre = withNames(base, renames);
        InMemoryCallbackPromises promises = new InMemoryCallbackPromises();
        Forms forms = forms();
        List<FeedbackReport> records = new ArrayList<>();
        int expectedUnreached = 0;
        int total = 0;
        for (int n = 1; n <= 8; n++) {
            boolean bad = renames.containsKey("S-" + n)
                    || renames.containsKey((n <= 4 ? FormsFixture.SIVI_LEAD : FormsFixture.SOTE_LEAD).value());
            int count = random.nextInt(4);
            for (int k = 0; k < count; k++) {
                promises.add(new CallbackPromise.Open(terms("P-" + n + "-" + k, n)));
                records.add(recordFeedback(forms, n));
                total++;
                expectedUnreached += bad ? 1 : 0;
            }
        }
        DueFactCollector collector = collector(centre);

        CollectedFacts callBacks = collector.callBacks(promises, centre);
        CollectedFacts feedback = collector.feedback(records, centre);

        String context = "seed " + seed + ", unsafe " + renames.keySet();
        assertThat(callBacks.facts().callBacks().size() + callBacks.unreached().size()).as(context).isEqualTo(total);
        assertThat(feedback.facts().feedback().size() + feedback.unreached().size()).as(context).isEqualTo(total);
        assertThat(callBacks.unreached()).as(context).hasSize(expectedUnreached)
                .allMatch(u -> u.reason() == Unreached.Reason.UNSAFE_NAME && renames.containsKey(u.who()));
        assertThat(feedback.unreached()).as(context).hasSize(expectedUnreached)
                .allMatch(u -> u.reason() == Unreached.Reason.UNSAFE_NAME && renames.containsKey(u.who()));
        assertThat(callBacks.facts().callBacks()).as(context).extracting(c -> c.secretary().name())
                .noneMatch(renames::containsValue);
        assertThat(feedback.facts().feedback()).as(context).extracting(FeedbackDue::secretary)
                .extracting(Recipient::name).noneMatch(renames::containsValue);
        evaluationAt(CLOCK.instant().plusSeconds(30 * 24 * 3600)).evaluate(callBacks.plus(feedback).facts());
    }

    private static void maybeSpoil(SplittableRandom random, String id, Map<String, String> renames) {
        if (random.nextInt(4) != 0) {
            return;
        }
        String name = switch (random.nextInt(4)) {
            case 0 -> "N".repeat(random.nextInt(121, 201));
            case 1 -> ("Nimi " + id + " " + "ö".repeat(200)).substring(0, random.nextInt(121, 201));
            case 2 -> "Nimi " + id + " " + "\uD83D\uDE00".repeat(random.nextInt(60, 90));
            default -> ("Nimi " + id + " " + "\u05D0".repeat(200)).substring(0, random.nextInt(121, 201));
        };
        renames.put(id, name);
    }

    /** The centre with some secretaries and staff (by id) renamed. */
    static ServiceCentre withNames(ServiceCentre centre, Map<String, String> names) {
        List<Secretary> secretaries = centre.secretaries().stream()
                .map(s -> new Secretary(s.id(), names.getOrDefault(s.id().value(), s.name()), s.email(), s.language()))
                .toList();
        UnaryOperator<StaffMember> rename = m -> new StaffMember(m.id(), names.getOrDefault(m.id().value(), m.name()),
                m.email(), m.language());
        ManagementGroup management = centre.management();
        return ServiceCentre.of(centre.teams(), secretaries, new ManagementGroup(rename.apply(management.head()),
                management.teamLeads().stream().map(rename).toList(), rename.apply(management.labourMarketLawyer())));
    }

    static PromiseTerms terms(String id, int secretary) {
        Instant made = TODAY.minusDays(10).atTime(10, 0).atZone(HKI).toInstant();
        return new PromiseTerms(new PromiseId(id), new InquiryId("I-" + id), Optional.empty(),
                secretary <= 4 ? FormsFixture.SIVI_TEAM : FormsFixture.SOTE_TEAM, FormsFixture.secretary(secretary),
                FormsFixture.secretary(secretary), made, made.plusSeconds(24 * 3600));
    }

    /** The forms of the fixture's centre (where every name is fine), with sequential ids. */
    static Forms forms() {
        return new Forms(new InputValidation(FACTORY.getValidator()), FormsFixture.centre(),
                FormsFixture.directory().orgStructure().sectors(), WorkingCalendar.vantaaDefault(), FormsPolicy.defaults(), CLOCK, IdSource.sequential("F"),
                new InMemorySituationReports(FormsFixture.accessPolicy(Absences.none(), CLOCK)),
                new InMemoryFeedbackReports(FormsFixture.accessPolicy(Absences.none(), CLOCK)));
    }

    /** Unanswered feedback recorded by the secretary ten days ago. */
    static FeedbackReport recordFeedback(Forms forms, int secretary) {
        String team = secretary <= 4 ? "T-SIVI" : "T-SOTE";
        String sector = secretary <= 4 ? "SIVI" : "SOTE";
        return forms.recordFeedback(new FeedbackInput("S-" + secretary, team, TODAY.minusDays(10),
                FeedbackKind.NEGATIVE, FeedbackReason.SERVICE_QUALITY, null, "Palaute " + secretary,
                FeedbackChannel.OWN_SECRETARY, null, sector, Role.SUPERVISOR, "KVTES"));
    }

    static PlanAction action(String id, String owner) {
        return new PlanAction(new ActionId(id), "Toimenpide " + id, owner, TODAY.plusDays(3), ActionStatus.PLANNED,
                Optional.empty(), Optional.empty());
    }

    static ReminderEvaluation evaluationAt(Instant now) {
        return new ReminderEvaluation(Clock.fixed(now, HKI), WorkingCalendar.vantaaDefault(),
                ReminderPolicy.vantaaDefault());
    }
}
