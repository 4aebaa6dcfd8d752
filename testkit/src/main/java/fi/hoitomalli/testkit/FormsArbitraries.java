package fi.hoitomalli.testkit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.ReadScope;
import fi.hoitomalli.access.RecordKind;
import fi.hoitomalli.access.Resource;
import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.AbsenceKind;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.forms.Closure;
import fi.hoitomalli.forms.CustomerSegment;
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.Escalation;
import fi.hoitomalli.forms.FeedbackChannel;
import fi.hoitomalli.forms.FeedbackDetails;
import fi.hoitomalli.forms.FeedbackEvent;
import fi.hoitomalli.forms.FeedbackId;
import fi.hoitomalli.forms.FeedbackInput;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FeedbackReason;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FollowUp;
import fi.hoitomalli.forms.FormsPolicy;
import fi.hoitomalli.forms.ReportingPeriod;
import fi.hoitomalli.forms.Respondent;
import fi.hoitomalli.forms.Response;
import fi.hoitomalli.forms.ResponseMethod;
import fi.hoitomalli.forms.Review;
import fi.hoitomalli.forms.SituationDetails;
import fi.hoitomalli.forms.SituationEvent;
import fi.hoitomalli.forms.SituationId;
import fi.hoitomalli.forms.SituationInput;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.forms.SituationTopic;
import fi.hoitomalli.forms.Transition;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/**
 * jqwik arbitraries for the two forms over the {@link FormsFixture} service centre: valid inputs (for
 * a fixed "today", {@link #TODAY}), records in every lifecycle state, lifecycle event sequences (legal
 * and illegal mixed), reporting periods, actors, the records and read scopes of the access policy and
 * absences around {@link #TODAY}. Registered as an {@link ArbitraryProvider}, so
 * parameters of these types need no {@code @ForAll} configuration; see also {@link FormsDomain}.
 */
public final class FormsArbitraries implements ArbitraryProvider {

    /** The day valid inputs are valid on (their dates lie up to 60 days before it). */
    public static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    private static final WorkingCalendar CALENDAR = WorkingCalendar.vantaaDefault();
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 12, 31);
    private static final List<String> AGREEMENTS = List.of("KVTES", "OVTES", "TS", "LS", "TTES", "SOTE");

    private static final Set<Class<?>> PROVIDED = Set.of(SituationInput.class, FeedbackInput.class,
            SituationReport.class, FeedbackReport.class, SituationDetails.class, FeedbackDetails.class,
            ReportingPeriod.class, Actor.class, Resource.Record.class, ReadScope.class);

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return PROVIDED.stream().anyMatch(targetType::isOfType);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        Class<?> type = targetType.getRawType();
        Arbitrary<?> arbitrary;
        if (type == SituationInput.class) {
            arbitrary = situationInputs(TODAY);
        } else if (type == FeedbackInput.class) {
            arbitrary = feedbackInputs(TODAY);
        } else if (type == SituationReport.class) {
            arbitrary = situationReports();
        } else if (type == FeedbackReport.class) {
            arbitrary = feedbackReports();
        } else if (type == SituationDetails.class) {
            arbitrary = situationDetails();
        } else if (type == FeedbackDetails.class) {
            arbitrary = feedbackDetails();
        } else if (type == ReportingPeriod.class) {
            arbitrary = periods();
        } else if (type == Resource.Record.class) {
            arbitrary = accessRecords();
        } else if (type == ReadScope.class) {
            arbitrary = readScopes();
        } else {
            arbitrary = actors();
        }
        return Set.of(arbitrary);
    }

    /** Free text: non-blank, with Finnish letters, up to 40 characters. */
    public static Arbitrary<String> texts() {
        return Combinators.combine(Arbitraries.chars().alpha(),
                Arbitraries.strings().withCharRange('a', 'z').withChars("äöåÄÖ .,").ofMaxLength(39))
                .as((first, rest) -> first + rest);
    }

    /** A fixture team. */
    public static Arbitrary<TeamId> teams() {
        return Arbitraries.of(FormsFixture.teams());
    }

    /** Days of 2026–2027. */
    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(FIRST.toEpochDay(), LAST.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /** Optional fixture customers. */
    public static Arbitrary<Optional<CustomerId>> customers() {
        return Arbitraries.of(FormsFixture.customers()).optional();
    }

    /** Situation inputs that are valid on {@code today} in the fixture. */
    public static Arbitrary<SituationInput> situationInputs(LocalDate today) {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 60).map(today::minusDays);
        return teams().flatMap(team -> Combinators.combine(Arbitraries.of(FormsFixture.membersOf(team)), dates,
                customers(), Arbitraries.of(SituationTopic.class), Arbitraries.of(true, false), texts(), texts())
                .as((recorder, date, customer, topic, conflict, situation, solution) -> new SituationInput(
                        recorder.value(), team.value(), date, customer.map(CustomerId::value).orElse(null), topic,
                        conflict, situation, solution))).withoutEdgeCases();
    }

    /** Feedback inputs that are valid on {@code today} in the fixture. */
    public static Arbitrary<FeedbackInput> feedbackInputs(LocalDate today) {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 60).map(today::minusDays);
        Arbitrary<Optional<String>> agreements = Arbitraries.of(AGREEMENTS).optional();
        return teams().flatMap(team -> Combinators.combine(Arbitraries.of(FormsFixture.membersOf(team)), dates,
                Arbitraries.of(FeedbackKind.class), Arbitraries.of(FeedbackReason.class), texts(), texts(),
                Arbitraries.of(FeedbackChannel.class), customers())
                .flatAs((recorder, date, kind, reason, other, text, channel, customer) -> Combinators.combine(
                        Arbitraries.of(Role.class), agreements).as((role, agreement) -> new FeedbackInput(
                                recorder.value(), team.value(), date, kind, reason,
                                reason == FeedbackReason.OTHER ? other : null, text, channel,
                                customer.map(CustomerId::value).orElse(null),
                                FormsFixture.sectorOf(team).value(), role, agreement.orElse(null)))))
                .withoutEdgeCases();
    }

    /** Recorded situation details (ids {@code AT-n}). */
    public static Arbitrary<SituationDetails> situationDetails() {
        return teams().flatMap(team -> Combinators.combine(Arbitraries.integers().between(1, 999_999),
                Arbitraries.of(FormsFixture.membersOf(team)), dates(), customers(),
                Arbitraries.of(SituationTopic.class), Arbitraries.of(true, false), texts(), texts())
                .as((n, recorder, date, customer, topic, conflict, situation, solution) -> new SituationDetails(
                        new SituationId("AT-" + n), recorder, team, date, customer, topic, conflict, situation,
                        solution, false))).withoutEdgeCases();
    }

    /** Received feedback details (ids {@code AP-n}), due after the default 5 working days. */
    public static Arbitrary<FeedbackDetails> feedbackDetails() {
        Arbitrary<Optional<AgreementCode>> agreements = Arbitraries.of(AGREEMENTS).map(AgreementCode::new).optional();
        Arbitrary<CustomerSegment> segments = Combinators.combine(Arbitraries.of(FormsFixture.SIVI, FormsFixture.SOTE),
                Arbitraries.of(Role.class), agreements).as(CustomerSegment::new);
        return teams().flatMap(team -> Combinators.combine(Arbitraries.integers().between(1, 999_999),
                Arbitraries.of(FormsFixture.membersOf(team)), dates(), Arbitraries.of(FeedbackKind.class),
                Arbitraries.of(FeedbackReason.class), texts(), Arbitraries.of(FeedbackChannel.class), customers())
                .flatAs((n, recorder, date, kind, reason, text, channel, customer) -> Combinators.combine(
                        segments, texts()).as((segment, other) -> new FeedbackDetails(new FeedbackId("AP-" + n),
                                recorder, team, date, kind, reason,
                                reason == FeedbackReason.OTHER ? Optional.of(other) : Optional.empty(), text,
                                channel, customer, segment,
                                CALENDAR.plusWorkingDays(date, FormsPolicy.DEFAULT_RESPONSE_WORKING_DAYS), false))))
                .withoutEdgeCases();
    }

    /** Situations in every state, reached through legal transitions. */
    public static Arbitrary<SituationReport> situationReports() {
        return Combinators.combine(situationDetails(), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 30), texts(),
                Arbitraries.of(Escalation.class).optional())
                .as((details, steps, reviewAfter, archiveAfter, shared, escalation) -> {
                    SituationReport report = new SituationReport.Recorded(details);
                    if (steps >= 1) {
                        Optional<Escalation> esc = details.conflictingContacts() && escalation.isEmpty()
                                ? Optional.of(Escalation.TEAM_LEAD) : escalation;
                        LocalDate meeting = details.date().plusDays(reviewAfter);
                        report = accepted(report.apply(new SituationEvent.ReviewInMeeting(
                                new Review(meeting, shared, esc))));
                        if (steps == 2) {
                            report = accepted(report.apply(new SituationEvent.Archive(meeting.plusDays(archiveAfter))));
                        }
                    }
                    return report;
                }).withoutEdgeCases();
    }

    /** Feedback in every state, reached through legal transitions. */
    public static Arbitrary<FeedbackReport> feedbackReports() {
        return Combinators.combine(feedbackDetails(), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 20), responses(),
                followUps().optional())
                .as((details, steps, respondAfter, closeAfter, response, followUp) -> {
                    FeedbackReport report = new FeedbackReport.Received(details);
                    if (steps >= 1) {
                        LocalDate on = details.received().plusDays(respondAfter);
                        report = accepted(report.apply(new FeedbackEvent.Respond(response.apply(on))));
                        if (steps == 2) {
                            report = accepted(report.apply(new FeedbackEvent.Close(
                                    new Closure(on.plusDays(closeAfter), followUp))));
                        }
                    }
                    return report;
                }).withoutEdgeCases();
    }

    /** Responses without their date (the caller gives it). */
    public static Arbitrary<Function<LocalDate, Response>> responses() {
        Arbitrary<Respondent> respondents = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 8).map(n -> new Respondent.BySecretary(FormsFixture.secretary(n))),
                Arbitraries.of(FormsFixture.SIVI_LEAD, FormsFixture.SOTE_LEAD, FormsFixture.HEAD)
                        .map(Respondent.ByStaff::new));
        return Combinators.combine(respondents, Arbitraries.of(ResponseMethod.class), texts())
                .as((by, method, text) -> on -> new Response(by, on, method, text));
    }

    /** Follow-up actions, some referring to an account plan action. */
    public static Arbitrary<FollowUp> followUps() {
        return Combinators.combine(texts(), Arbitraries.integers().between(1, 99).map(n -> "PLAN-ACT-" + n).optional())
                .as(FollowUp::new);
    }

    /**
     * Sequences of situation events with dates around the base day: legal and illegal ones mixed
     * (wrong order, repeated steps, dates before the previous step).
     */
    public static Arbitrary<List<SituationEvent>> situationEventSequences(LocalDate base) {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(-5, 30).map(base::plusDays);
        Arbitrary<SituationEvent> review = Combinators.combine(days, texts(),
                Arbitraries.of(Escalation.class).optional())
                .as((day, text, escalation) -> new SituationEvent.ReviewInMeeting(new Review(day, text, escalation)));
        Arbitrary<SituationEvent> archive = days.map(SituationEvent.Archive::new);
        return Arbitraries.oneOf(review, archive).list().ofMaxSize(5).withoutEdgeCases();
    }

    /** Sequences of feedback events with dates around the base day, legal and illegal mixed. */
    public static Arbitrary<List<FeedbackEvent>> feedbackEventSequences(LocalDate base) {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(-5, 30).map(base::plusDays);
        Arbitrary<FeedbackEvent> respond = Combinators.combine(days, responses())
                .as((day, response) -> new FeedbackEvent.Respond(response.apply(day)));
        Arbitrary<FeedbackEvent> close = Combinators.combine(days, followUps().optional())
                .as((day, followUp) -> new FeedbackEvent.Close(new Closure(day, followUp)));
        return Arbitraries.oneOf(respond, close).list().ofMaxSize(5).withoutEdgeCases();
    }

    /** Reporting periods of every kind in 2026–2027. */
    public static Arbitrary<ReportingPeriod> periods() {
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(2026, 2027), Arbitraries.integers().between(1, 52))
                        .as(ReportingPeriod.IsoWeek::new),
                Combinators.combine(Arbitraries.of(2026, 2027), Arbitraries.integers().between(1, 12))
                        .as((y, m) -> new ReportingPeriod.Month(YearMonth.of(y, m))),
                Combinators.combine(Arbitraries.of(2026, 2027), Arbitraries.of(1, 2)).as(ReportingPeriod.HalfYear::new),
                Arbitraries.of(2026, 2027).map(ReportingPeriod.Year::new),
                Combinators.combine(dates(), Arbitraries.integers().between(0, 120))
                        .as((from, length) -> new ReportingPeriod.Custom(new DateRange(from, from.plusDays(length)))));
    }

    /** Actors of every kind, known and unknown to the fixture. */
    public static Arbitrary<Actor> actors() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 9).map(n -> new Actor.Secretary(new SecretaryId("S-" + n))),
                Arbitraries.of(FormsFixture.SIVI_LEAD, FormsFixture.SOTE_LEAD, FormsFixture.HEAD)
                        .map(Actor.TeamLead::new),
                Arbitraries.of(FormsFixture.HEAD, FormsFixture.SIVI_LEAD, FormsFixture.LAWYER)
                        .map(Actor.ManagementGroup::new),
                Arbitraries.of(FormsFixture.SIVI, FormsFixture.SOTE).map(Actor.SectorHrUnit::new),
                Arbitraries.of(FormsFixture.customers()).map(Actor.Supervisor::new));
    }

    /**
     * What the access policy is asked about a record: any kind, the fixture's teams and an unknown one,
     * secretaries {@code S-1}…{@code S-9} ({@code S-9} unknown), the fixture's customers and an unknown one
     * or none, the fixture's sectors and an unknown one or none.
     */
    public static Arbitrary<Resource.Record> accessRecords() {
        Arbitrary<CustomerId> customer = Arbitraries.oneOf(Arbitraries.of(FormsFixture.customers()),
                Arbitraries.just(new CustomerId("C-NONE")));
        return Combinators.combine(Arbitraries.of(RecordKind.class),
                Arbitraries.of(FormsFixture.SIVI_TEAM, FormsFixture.SOTE_TEAM, new TeamId("T-NONE")),
                Arbitraries.integers().between(1, 9).map(FormsFixture::secretary), customer.optional(),
                Arbitraries.of(FormsFixture.SIVI, FormsFixture.SOTE, new SectorId("NONE")).optional())
                .as(Resource.Record::new);
    }

    /** Read scopes of every kind over the fixture's ids (and unknown ones). */
    public static Arbitrary<ReadScope> readScopes() {
        Arbitrary<ReadScope> anyOf = accessRecords().list().ofMinSize(1).ofMaxSize(4).map(records ->
                ReadScope.anyOf(records.stream().map(Resource.Record::team).limit(1).toList(),
                        records.stream().map(Resource.Record::recorder).toList(),
                        records.stream().flatMap(r -> r.customer().stream()).toList(),
                        records.stream().flatMap(r -> r.sector().stream()).skip(1).toList()));
        return Arbitraries.oneOf(anyOf, Arbitraries.of(ReadScope.everything(), ReadScope.nothing(),
                new ReadScope.Unknown()));
    }

    /**
     * Up to three absences of the fixture's secretaries around {@link #TODAY} (from ten days before to
     * five after, up to ten days long, of any kind): long ones covering today make partners substitute.
     */
    public static Arbitrary<List<Absence>> absencesAroundToday() {
        return Combinators.combine(Arbitraries.integers().between(1, 8).map(FormsFixture::secretary),
                Arbitraries.integers().between(-10, 5), Arbitraries.integers().between(0, 10),
                Arbitraries.of(AbsenceKind.class))
                .as((secretary, start, length, kind) -> new Absence(secretary, TODAY.plusDays(start),
                        TODAY.plusDays(start + length), kind))
                .list().ofMaxSize(3);
    }

    private static <S> S accepted(Transition<S> transition) {
        if (!transition.accepted()) {
            throw new IllegalStateException("generator produced an illegal transition: " + transition);
        }
        return transition.state();
    }
}
