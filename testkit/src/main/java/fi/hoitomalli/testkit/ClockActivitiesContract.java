package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.clock.ActivityKey;
import fi.hoitomalli.clock.ActivityMark;
import fi.hoitomalli.clock.ActivityMarkInput;
import fi.hoitomalli.clock.ActivityRecord;
import fi.hoitomalli.clock.ActivityStatus;
import fi.hoitomalli.clock.ActivityTemplate;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.clock.CadenceCheck;
import fi.hoitomalli.clock.Cadence;
import fi.hoitomalli.clock.Category;
import fi.hoitomalli.clock.ClockActivities;
import fi.hoitomalli.clock.ClockActivity;
import fi.hoitomalli.clock.ClockPlanner;
import fi.hoitomalli.clock.ClockScope;
import fi.hoitomalli.clock.Compliance;
import fi.hoitomalli.clock.Occurrence;
import fi.hoitomalli.clock.TemplateId;
import fi.hoitomalli.clock.VantaaClock;
import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.TeamId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ClockActivities}: every implementation (in memory, JDBC, yours) extends this class
 * and provides a fresh, empty store; JUnit 5 runs the inherited tests against it. Covers the round trip of
 * every field (Finnish and Swedish letters, emoji, 4,000-character notes), planning that adds only what is
 * missing, the queries by year, scope, date range and status, their order, the records for the compliance
 * check, optimistic locking per activity (a stale mark changes nothing; of eight concurrent marks on one
 * version exactly one wins; concurrent plans store each activity once) and what is refused.
 */
public abstract class ClockActivitiesContract {

    private static final Year YEAR = Year.of(2027);
    private static final SectorId SIVI = new SectorId("SIVI");
    private static final TeamId T1 = new TeamId("T1");
    private static final ClockScope CITY = ClockScope.city();
    private static final ClockScope TEAM = ClockScope.team(T1);
    private static final TemplateId AT_SIVI = new TemplateId("AT-SIVI");
    private static final Instant AT = Instant.parse("2027-03-02T12:00:00Z");
    private static final String NOTE = "Pidetty Tikkurilassa; Åsa ja Öhman mukana 😀 \"lainaus\" 'heittomerkki' \\ %_;";

    private ClockActivities store;

    /** A new, empty store. */
    protected abstract ClockActivities newClockActivities();

    @BeforeEach
    void freshStore() {
        store = newClockActivities();
    }

    /** One sector, one team of three, the unit's activities: about seventy dated activities. */
    private static List<ActivityTemplate> templates() {
        Sector sivi = new Sector(SIVI, new LocalizedText("Sivistystoimi", "Bildningsväsendet", "Education"), true);
        ServiceTeam team = new ServiceTeam(T1, "Tiimi 1", Set.of(SIVI), new StaffId("L-1"),
                List.of(new SecretaryId("S-1"), new SecretaryId("S-2"), new SecretaryId("S-3")), List.of());
        return VantaaClock.templates(List.of(sivi), List.of(team), new StaffId("HEAD"));
    }

    private static AnnualClock clock(Year year, List<ActivityTemplate> templates) {
        return new ClockPlanner(WorkingCalendar.vantaaDefault()).generate(year, templates);
    }

    private static AnnualClock clock() {
        return clock(YEAR, templates());
    }

    private static ClockActivity first(List<ClockActivity> activities, TemplateId template) {
        return activities.stream().filter(a -> a.occurrence().template().equals(template)).findFirst().orElseThrow();
    }

    private static List<ClockActivity> of(List<ClockActivity> activities, TemplateId template) {
        return activities.stream().filter(a -> a.occurrence().template().equals(template)).toList();
    }

    @Test
    void planStoresEveryOccurrenceAsPlannedAtVersionOneAndReadsItBackEqual() {
        AnnualClock clock = clock();
        List<ClockActivity> expected = ClockActivity.plannedFrom(CITY, clock);

        List<ClockActivity> stored = store.plan(CITY, clock);

        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(stored).containsExactlyElementsOf(expected);
        assertThat(store.ofYear(CITY, YEAR)).containsExactlyElementsOf(expected);
        expected.forEach(a -> assertThat(store.find(a.key())).contains(a));
        assertThat(store.records(CITY, YEAR)).containsExactlyElementsOf(ActivityRecord.plannedFrom(clock));
    }

    @Test
    void everyMarkIsTheNextVersionAndReadsBackEqual() {
        ClockActivity meeting = first(store.plan(CITY, clock()), AT_SIVI);
        ActivityMark held = new ActivityMark(ActivityStatus.HELD, "Liisa Ylönen-Åberg 👩‍💼", AT, Optional.of(NOTE));
        ActivityMark cancelled = ActivityMark.cancelled("Liisa", AT.plusSeconds(1), "x😀ä".repeat(1_000));
        ActivityMark reopened = new ActivityMark(ActivityStatus.PLANNED, "Pekka", AT.plusSeconds(2), Optional.empty());

        ClockActivity v2 = store.mark(meeting.key(), 1, held);
        assertThat(v2).isEqualTo(meeting.marked(held));
        assertThat(store.find(meeting.key())).contains(v2);
        ClockActivity v3 = store.mark(meeting.key(), 2, cancelled);
        assertThat(store.find(meeting.key())).contains(v3);
        assertThat(v3.mark().orElseThrow().note().orElseThrow()).hasSize(4_000);
        ClockActivity v4 = store.mark(meeting.key(), 3, reopened);

        assertThat(v4.version()).isEqualTo(4);
        assertThat(v4.status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(store.find(meeting.key())).contains(v4);
        assertThat(store.ofYear(CITY, YEAR)).contains(v4).doesNotContain(meeting);
    }

    @Test
    void aMarkFromFormInputIsStoredWithoutSurroundingSpace() {
        ClockActivity meeting = first(store.plan(CITY, clock()), AT_SIVI);
        ActivityMark mark = new ActivityMarkInput(ActivityStatus.CANCELLED, "  Liisa ", "\n" + NOTE + "  ").toMark(AT);

        store.mark(meeting.key(), 1, mark);

        assertThat(store.find(meeting.key()).orElseThrow().mark())
                .contains(new ActivityMark(ActivityStatus.CANCELLED, "Liisa", AT, Optional.of(NOTE)));
    }

    @Test
    void aStaleMarkIsRejectedAndChangesNothing() {
        ClockActivity meeting = first(store.plan(CITY, clock()), AT_SIVI);
        ClockActivity mine = store.mark(meeting.key(), 1, ActivityMark.held("Liisa", AT));

        assertThatThrownBy(() -> store.mark(meeting.key(), 1, ActivityMark.cancelled("Pekka", AT, "peruttu")))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.subject()).contains("AT-SIVI");
                });
        assertThatThrownBy(() -> store.mark(meeting.key(), 3, ActivityMark.cancelled("Pekka", AT, "peruttu")))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.find(meeting.key())).contains(mine);
    }

    @Test
    void markingAnActivityThatIsNotStoredIsAProgrammingError() {
        ClockActivity meeting = first(store.plan(CITY, clock()), AT_SIVI);
        ActivityKey otherScope = new ActivityKey(TEAM, meeting.occurrence().template(), meeting.occurrence().date());
        ActivityKey otherDay = new ActivityKey(CITY, AT_SIVI, meeting.occurrence().date().plusDays(1));

        assertThatThrownBy(() -> store.mark(otherScope, 1, ActivityMark.held("Liisa", AT)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.mark(otherDay, 1, ActivityMark.held("Liisa", AT)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.find(otherScope)).isEmpty();
        assertThat(store.find(meeting.key())).contains(meeting);
    }

    @Test
    void planningAgainAddsOnlyWhatIsMissingAndKeepsEveryMark() {
        AnnualClock clock = clock();
        List<ClockActivity> planned = store.plan(CITY, clock);
        ClockActivity held = store.mark(planned.get(3).key(), 1, ActivityMark.held("Liisa", AT));

        assertThat(store.plan(CITY, clock)).isEmpty();

        List<ActivityTemplate> more = new ArrayList<>(templates());
        more.add(ActivityTemplate.scheduled(new TemplateId("EXTRA-ÄÅ"), "EXTRA", LocalizedText.same("Info"),
                LocalizedText.same("Tiimi 1"), Category.INFO_SESSIONS, Cadence.exactly(2), new Participant("staff:L-9")));
        AnnualClock regenerated = clock(YEAR, more);
        List<ClockActivity> added = store.plan(CITY, regenerated);

        Set<ActivityKey> before = new HashSet<>();
        planned.forEach(a -> before.add(a.key()));
        List<ClockActivity> expectedNew = ClockActivity.plannedFrom(CITY, regenerated).stream()
                .filter(a -> !before.contains(a.key())).toList();
        assertThat(added).isNotEmpty().containsExactlyElementsOf(expectedNew);
        assertThat(added).anySatisfy(a -> assertThat(a.occurrence().template().value()).isEqualTo("EXTRA-ÄÅ"));
        assertThat(store.find(held.key())).contains(held);
        assertThat(store.ofYear(CITY, YEAR)).hasSize(before.size() + added.size())
                .containsAll(planned.stream().filter(a -> !a.key().equals(held.key())).toList());
    }

    @Test
    void aClockWithATemplateTwiceOnOneDayIsRefusedAndNothingIsStored() {
        ActivityTemplate template = ActivityTemplate.scheduled(new TemplateId("T-2"), "T", LocalizedText.same("x"),
                LocalizedText.same("y"), Category.TEAM_MEETINGS, Cadence.exactly(2), new Participant("staff:L-1"));
        LocalDate day = LocalDate.of(2027, 3, 2);
        AnnualClock twice = new AnnualClock(YEAR, List.of(template), List.of(
                new Occurrence(template.id(), day, Optional.of(LocalTime.of(9, 0)), Duration.ofHours(1), Set.of()),
                new Occurrence(template.id(), day, Optional.of(LocalTime.of(13, 0)), Duration.ofHours(1), Set.of())),
                List.of());

        assertThatThrownBy(() -> store.plan(CITY, twice)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.ofYear(CITY, YEAR)).isEmpty();
        assertThat(store.scopes(YEAR)).isEmpty();
    }

    @Test
    void eachScopeKeepsItsOwnActivitiesEvenWithTheSameTemplates() {
        AnnualClock clock = clock();
        ClockScope sector = ClockScope.sector(SIVI);
        store.plan(TEAM, clock.forTeam(T1, Set.of(Participant.secretary(new SecretaryId("S-1")))));
        List<ClockActivity> city = store.plan(CITY, clock);
        store.plan(sector, clock(YEAR.plusYears(1), templates()));
        ClockActivity cityMeeting = first(city, new TemplateId("TEAM-T1"));
        ActivityKey teamMeeting = new ActivityKey(TEAM, cityMeeting.occurrence().template(),
                cityMeeting.occurrence().date());

        store.mark(cityMeeting.key(), 1, ActivityMark.held("Liisa", AT));

        assertThat(store.find(teamMeeting).orElseThrow().status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(store.find(cityMeeting.key()).orElseThrow().status()).isEqualTo(ActivityStatus.HELD);
        assertThat(store.ofYear(TEAM, YEAR)).allSatisfy(a -> assertThat(a.scope()).isEqualTo(TEAM))
                .hasSize(clock.forTeam(T1, Set.of(Participant.secretary(new SecretaryId("S-1")))).occurrences().size());
        assertThat(store.ofYear(sector, YEAR)).isEmpty();
        assertThat(store.ofYear(sector, YEAR.plusYears(1))).isNotEmpty();
        assertThat(store.scopes(YEAR)).containsExactly(CITY, TEAM);
        assertThat(store.scopes(YEAR.plusYears(1))).containsExactly(sector);
        assertThat(store.scopes(YEAR.minusYears(1))).isEmpty();
        assertThat(store.ofYear(ClockScope.team(new TeamId("T9")), YEAR)).isEmpty();
    }

    @Test
    void theYearAndTheClosedDateRangesSelectByDay() {
        List<ClockActivity> all = new ArrayList<>(store.plan(CITY, clock()));
        all.addAll(store.plan(CITY, clock(YEAR.plusYears(1), templates())));
        LocalDate from = all.get(10).occurrence().date();
        LocalDate to = all.get(20).occurrence().date();
        List<ClockActivity> inRange = all.stream()
                .filter(a -> !a.occurrence().date().isBefore(from) && !a.occurrence().date().isAfter(to)).toList();

        assertThat(store.between(CITY, from, to)).containsExactlyElementsOf(inRange)
                .first().satisfies(a -> assertThat(a.occurrence().date()).isEqualTo(from));
        assertThat(store.between(CITY, from, to)).last()
                .satisfies(a -> assertThat(a.occurrence().date()).isEqualTo(to));
        assertThat(store.between(CITY, from, from)).allSatisfy(a -> assertThat(a.occurrence().date()).isEqualTo(from))
                .isNotEmpty();
        assertThat(store.ofYear(CITY, YEAR)).allSatisfy(a -> assertThat(a.occurrence().date().getYear()).isEqualTo(2027))
                .hasSize((int) all.stream().filter(a -> a.occurrence().date().getYear() == 2027).count());
        LocalDate lastOfYear = all.stream().map(a -> a.occurrence().date()).filter(d -> d.getYear() == 2027)
                .max(LocalDate::compareTo).orElseThrow();
        LocalDate firstOfNext = all.stream().map(a -> a.occurrence().date()).filter(d -> d.getYear() == 2028)
                .min(LocalDate::compareTo).orElseThrow();
        assertThat(store.between(CITY, lastOfYear, firstOfNext)).containsExactlyElementsOf(all.stream()
                .filter(a -> a.occurrence().date().equals(lastOfYear) || a.occurrence().date().equals(firstOfNext))
                .toList()).extracting(a -> a.occurrence().date().getYear()).contains(2027, 2028);
        assertThatThrownBy(() -> store.between(CITY, to, from.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.inStatus(CITY, ActivityStatus.HELD, to, from.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inStatusSelectsHeldCancelledAndPlannedActivitiesOfTheRange() {
        List<ClockActivity> all = store.plan(CITY, clock());
        List<ClockActivity> meetings = of(all, AT_SIVI);
        ClockActivity held = store.mark(meetings.get(0).key(), 1, ActivityMark.held("Liisa", AT));
        ClockActivity cancelled = store.mark(meetings.get(1).key(), 1, ActivityMark.cancelled("Liisa", AT, "sairaus"));
        LocalDate start = YEAR.atDay(1);
        LocalDate end = YEAR.atMonth(12).atEndOfMonth();

        assertThat(store.inStatus(CITY, ActivityStatus.HELD, start, end)).containsExactly(held);
        assertThat(store.inStatus(CITY, ActivityStatus.CANCELLED, start, end)).containsExactly(cancelled);
        assertThat(store.inStatus(CITY, ActivityStatus.PLANNED, start, end)).hasSize(all.size() - 2)
                .doesNotContain(meetings.get(0), meetings.get(1));
        assertThat(store.inStatus(CITY, ActivityStatus.HELD, held.occurrence().date().plusDays(1), end)).isEmpty();
        assertThat(store.inStatus(TEAM, ActivityStatus.PLANNED, start, end)).isEmpty();
    }

    @Test
    void section5_plannedActivitiesDatedBeforeTheDayAreOverdueForAMark() {
        List<ClockActivity> all = store.plan(CITY, clock());
        LocalDate asOf = LocalDate.of(2027, 4, 1);
        ClockActivity early = all.get(0);
        store.mark(early.key(), 1, ActivityMark.held("Liisa", AT));

        List<ClockActivity> overdue = store.inStatus(CITY, ActivityStatus.PLANNED, YEAR.atDay(1), asOf.minusDays(1));

        assertThat(overdue).isNotEmpty().containsExactlyElementsOf(all.stream()
                .filter(a -> a.occurrence().date().isBefore(asOf) && !a.key().equals(early.key())).toList());
    }

    @Test
    void section5_theComplianceCheckCountsTheStoredMarks() {
        AnnualClock clock = clock();
        List<ClockActivity> meetings = of(store.plan(CITY, clock), AT_SIVI);
        store.mark(meetings.get(0).key(), 1, ActivityMark.held("Liisa", AT));
        store.mark(meetings.get(1).key(), 1, ActivityMark.cancelled("Liisa", AT, "ei päätösvaltainen"));
        LocalDate asOf = meetings.get(1).occurrence().date().plusDays(1);

        CadenceCheck check = Compliance.check(clock, store.records(CITY, YEAR), asOf).stream()
                .filter(c -> c.template().equals(AT_SIVI)).findFirst().orElseThrow();

        assertThat(meetings).hasSize(4);
        assertThat(check.held()).isEqualTo(1);
        assertThat(check.planned()).isEqualTo(2);
        assertThat(check.verdict()).isEqualTo(CadenceCheck.Verdict.AT_RISK);
    }

    @Test
    void listsAreOrderedByDayAllDayFirstThenStartThenTemplateIdAsJavaComparesIt() {
        LocalDate day = LocalDate.of(2027, 5, 5);
        Participant someone = new Participant("staff:L-1");
        List<ActivityTemplate> templates = new ArrayList<>();
        for (String id : List.of("a-1", "Z-1", "Ä-1", "B-9")) {
            templates.add(ActivityTemplate.scheduled(new TemplateId(id), "X", LocalizedText.same(id),
                    LocalizedText.same("y"), Category.TEAM_MEETINGS, Cadence.exactly(1), someone));
        }
        templates.add(ActivityTemplate.payrollRuns(new TemplateId("zz-PAYROLL"), LocalizedText.same("p"),
                LocalizedText.same("u"), Cadence.exactly(1), new Participant("group:payroll")));
        List<Occurrence> occurrences = List.of(
                new Occurrence(new TemplateId("B-9"), day, Optional.of(LocalTime.of(13, 0)), Duration.ofHours(1), Set.of()),
                new Occurrence(new TemplateId("a-1"), day, Optional.of(LocalTime.of(9, 0)), Duration.ofHours(1), Set.of()),
                new Occurrence(new TemplateId("Z-1"), day, Optional.of(LocalTime.of(9, 0)), Duration.ofHours(1), Set.of()),
                new Occurrence(new TemplateId("Ä-1"), day, Optional.of(LocalTime.of(9, 0)), Duration.ofHours(1), Set.of()),
                new Occurrence(new TemplateId("zz-PAYROLL"), day, Optional.empty(), Duration.ZERO, Set.of()),
                new Occurrence(new TemplateId("Ä-1"), day.minusDays(1), Optional.of(LocalTime.of(15, 0)),
                        Duration.ofHours(1), Set.of()));
        AnnualClock clock = new AnnualClock(YEAR, templates, occurrences, List.of());

        store.plan(CITY, clock);

        assertThat(store.ofYear(CITY, YEAR)).extracting(a -> a.occurrence().template().value() + "@"
                        + a.occurrence().date().getDayOfMonth() + a.occurrence().start().map(s -> " " + s).orElse(""))
                .containsExactly("Ä-1@4 15:00", "zz-PAYROLL@5", "Z-1@5 09:00", "a-1@5 09:00", "Ä-1@5 09:00",
                        "B-9@5 13:00");
        assertThat(store.between(CITY, day, day)).isSortedAccordingTo(ClockActivity.ORDER).hasSize(5);
        assertThat(store.inStatus(CITY, ActivityStatus.PLANNED, day, day)).isSortedAccordingTo(ClockActivity.ORDER);
    }

    @Test
    void ofEightConcurrentMarksOnTheSameVersionExactlyOneWins() throws Exception {
        ClockActivity meeting = first(store.plan(CITY, clock()), AT_SIVI);
        int wins = Races.winners(8, i -> {
            ActivityMark attempt = ActivityMark.held("marker " + i, AT.plusSeconds(i));
            return () -> store.mark(meeting.key(), 1, attempt);
        });
        assertThat(wins).isEqualTo(1);
        ClockActivity stored = store.find(meeting.key()).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.mark().orElseThrow().by()).startsWith("marker ");
    }

    @Test
    void concurrentPlansOfOneClockStoreEveryActivityOnce() throws Exception {
        AnnualClock clock = clock();
        int threads = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<ClockActivity>>> outcomes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    for (int attempt = 0; ; attempt++) {
                        try {
                            return store.plan(CITY, clock);
                        } catch (ConcurrentUpdateException e) {
                            if (attempt == 20) {
                                throw e;
                            }
                        }
                    }
                }));
            }
            go.countDown();
            List<ClockActivity> added = new ArrayList<>();
            for (Future<List<ClockActivity>> outcome : outcomes) {
                added.addAll(outcome.get(120, TimeUnit.SECONDS));
            }
            assertThat(added).containsExactlyInAnyOrderElementsOf(ClockActivity.plannedFrom(CITY, clock));
            assertThat(store.ofYear(CITY, YEAR)).containsExactlyElementsOf(ClockActivity.plannedFrom(CITY, clock));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nullIsRejected() {
        ClockActivity meeting = first(store.plan(CITY, clock()), AT_SIVI);
        LocalDate day = LocalDate.of(2027, 1, 1);

        assertThatThrownBy(() -> store.plan(null, clock())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.plan(CITY, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.mark(null, 1, ActivityMark.held("x", AT))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.mark(meeting.key(), 1, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.find(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.ofYear(null, YEAR)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.ofYear(CITY, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.between(CITY, null, day)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.inStatus(CITY, null, day, day)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.scopes(null)).isInstanceOf(NullPointerException.class);
        assertThat(store.find(meeting.key())).contains(meeting);
    }
}
