package fi.hoitomalli.forms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.IdSource;
import fi.hoitomalli.common.InputValidation;
import fi.hoitomalli.common.InvalidInputException;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.common.TextPolicy;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.TeamId;

/**
 * The two documentation forms as a service (dokumentointilomakkeet): validates what a secretary hands
 * in, records it with a new id and — for feedback — its response due date, stores it, and moves records
 * through their lifecycles. Every violation of an input is reported at once; nothing is stored from
 * invalid input. A new record never replaces a stored one, and a lifecycle step is written only onto the
 * state it was based on. Thread-safe when its ports are.
 */
public final class Forms {

    private final InputValidation validation;
    private final ServiceCentre centre;
    private final Set<SectorId> sectors;
    private final WorkingCalendar calendar;
    private final FormsPolicy policy;
    private final Clock clock;
    private final IdSource ids;
    private final SituationReports situations;
    private final FeedbackReports feedback;

    /**
     * @param validation Jakarta Validation with the library's messages
     * @param centre the known secretaries and teams
     * @param sectors the city's sectors (the org structure's); a feedback's sector must be one of them
     * @param calendar the working calendar (due dates; "today" in its zone)
     * @param policy response time and how old a form's date may be
     * @param clock where "today" comes from
     * @param ids where new record ids come from; they must never repeat (see {@link IdSource})
     * @param situations the situation store
     * @param feedback the feedback store
     */
    public Forms(InputValidation validation, ServiceCentre centre, Collection<Sector> sectors, WorkingCalendar calendar,
                 FormsPolicy policy, Clock clock, IdSource ids, SituationReports situations, FeedbackReports feedback) {
        this.validation = Objects.requireNonNull(validation, "validation must not be null");
        this.centre = Objects.requireNonNull(centre, "centre must not be null");
        this.sectors = Objects.requireNonNull(sectors, "sectors must not be null").stream().map(Sector::id)
                .collect(Collectors.toUnmodifiableSet());
        this.calendar = Objects.requireNonNull(calendar, "calendar must not be null");
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.ids = Objects.requireNonNull(ids, "ids must not be null");
        this.situations = Objects.requireNonNull(situations, "situations must not be null");
        this.feedback = Objects.requireNonNull(feedback, "feedback must not be null");
    }

    /**
     * Every violation of the situation input: its constraints plus recorder known and in the team, date
     * not in the future and not older than the policy allows. Empty when valid.
     */
    public List<Violation> violationsOf(SituationInput input) {
        List<Violation> all = new ArrayList<>(validation.violationsOf(input));
        all.addAll(contextViolations(input.recorder(), input.team(), input.date()));
        return sorted(all);
    }

    /**
     * Every violation of the feedback input, as for situations, plus the sector one of the city's. Empty
     * when valid.
     */
    public List<Violation> violationsOf(FeedbackInput input) {
        List<Violation> all = new ArrayList<>(validation.violationsOf(input));
        all.addAll(contextViolations(input.recorder(), input.team(), input.date()));
        if (isValidId(input.sector()) && !sectors.contains(new SectorId(input.sector().trim()))) {
            all.add(violation("sector", "fi.hoitomalli.forms.sector.unknown", "value", input.sector()));
        }
        return sorted(all);
    }

    /**
     * Records and stores a challenging customer situation under a new id of the id source.
     *
     * @throws InvalidInputException with every violation; nothing is stored then
     * @throws fi.hoitomalli.common.DuplicateRecordException if the id source gave an id that is stored
     *     already (it repeats ids); nothing is stored or overwritten then
     */
    public SituationReport.Recorded recordSituation(SituationInput input) {
        Objects.requireNonNull(input, "input must not be null");
        requireNone(violationsOf(input));
        SituationDetails details = new SituationDetails(new SituationId(ids.nextId()),
                new SecretaryId(input.recorder().trim()), new TeamId(input.team().trim()), input.date(),
                optionalId(input.customer()).map(CustomerId::new), input.topic(), input.conflictingContacts(),
                input.situation().strip(), input.solution().strip(), false);
        SituationReport.Recorded recorded = new SituationReport.Recorded(details);
        situations.record(recorded);
        return recorded;
    }

    /**
     * Records and stores a customer feedback under a new id of the id source, with its due date
     * ({@link #dueDate}).
     *
     * @throws InvalidInputException with every violation; nothing is stored then
     * @throws fi.hoitomalli.common.DuplicateRecordException if the id source gave an id that is stored
     *     already (it repeats ids); nothing is stored or overwritten then
     */
    public FeedbackReport.Received recordFeedback(FeedbackInput input) {
        Objects.requireNonNull(input, "input must not be null");
        requireNone(violationsOf(input));
        Optional<String> other = input.reason() == FeedbackReason.OTHER
                ? Optional.of(input.otherReason().strip()) : Optional.empty();
        CustomerSegment segment = new CustomerSegment(new SectorId(input.sector().trim()), input.role(),
                optionalId(input.agreement()).map(AgreementCode::new));
        FeedbackDetails details = new FeedbackDetails(new FeedbackId(ids.nextId()),
                new SecretaryId(input.recorder().trim()), new TeamId(input.team().trim()), input.date(),
                input.kind(), input.reason(), other, input.text().strip(), input.channel(),
                optionalId(input.customer()).map(CustomerId::new), segment, dueDate(input.date()), false);
        FeedbackReport.Received received = new FeedbackReport.Received(details);
        feedback.record(received);
        return received;
    }

    /** The response due date of a feedback received on the day: the policy's working days later. */
    public LocalDate dueDate(LocalDate received) {
        return calendar.plusWorkingDays(received, policy.responseWorkingDays());
    }

    /**
     * Applies a lifecycle event to a situation and, when accepted, stores the next state in place of
     * {@code current} ({@link SituationReports#update}); a rejected event changes nothing.
     *
     * @param current the situation as read from the store
     * @throws fi.hoitomalli.common.ConcurrentUpdateException if the stored situation moved on since
     *     {@code current} was read (somebody else advanced it, or retention removed its text); reload and
     *     apply again; nothing is changed then
     * @throws IllegalArgumentException if the situation is not stored
     * @throws NullPointerException if an argument is null
     */
    public Transition<SituationReport> advance(SituationReport current, SituationEvent event) {
        Transition<SituationReport> result = current.apply(event);
        if (result.accepted()) {
            situations.update(current, result.state());
        }
        return result;
    }

    /**
     * Applies a lifecycle event to a feedback and, when accepted, stores the next state in place of
     * {@code current} ({@link FeedbackReports#update}); a rejected event changes nothing.
     *
     * @param current the feedback as read from the store
     * @throws fi.hoitomalli.common.ConcurrentUpdateException if the stored feedback moved on since
     *     {@code current} was read; reload and apply again; nothing is changed then
     * @throws IllegalArgumentException if the feedback is not stored
     * @throws NullPointerException if an argument is null
     */
    public Transition<FeedbackReport> advance(FeedbackReport current, FeedbackEvent event) {
        Transition<FeedbackReport> result = current.apply(event);
        if (result.accepted()) {
            feedback.update(current, result.state());
        }
        return result;
    }

    private List<Violation> contextViolations(String recorder, String team, LocalDate date) {
        List<Violation> found = new ArrayList<>();
        Optional<SecretaryId> secretary = knownSecretary(recorder);
        if (isValidId(recorder) && secretary.isEmpty()) {
            found.add(violation("recorder", "fi.hoitomalli.forms.recorder.unknown", "value", recorder));
        }
        Optional<ServiceTeam> serviceTeam = knownTeam(team);
        if (isValidId(team) && serviceTeam.isEmpty()) {
            found.add(violation("team", "fi.hoitomalli.forms.team.unknown", "value", team));
        }
        if (secretary.isPresent() && serviceTeam.isPresent() && !serviceTeam.get().hasMember(secretary.get())) {
            found.add(violation("recorder", "fi.hoitomalli.forms.recorder.notInTeam",
                    "value", recorder, "team", team));
        }
        if (date != null) {
            LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
            if (date.isAfter(today)) {
                found.add(violation("date", "fi.hoitomalli.forms.date.future", "today", today));
            } else if (date.isBefore(today.minus(policy.maxInputAge()))) {
                found.add(violation("date", "fi.hoitomalli.forms.date.tooOld",
                        "earliest", today.minus(policy.maxInputAge())));
            }
        }
        return found;
    }

    private Optional<SecretaryId> knownSecretary(String recorder) {
        if (!isValidId(recorder)) {
            return Optional.empty();
        }
        SecretaryId id = new SecretaryId(recorder.trim());
        return centre.secretary(id).map(s -> id);
    }

    private Optional<ServiceTeam> knownTeam(String team) {
        return isValidId(team) ? centre.team(new TeamId(team.trim())) : Optional.empty();
    }

    private static boolean isGiven(String text) {
        return text != null && !text.isBlank();
    }

    /** An id the text policy accepts; an invalid one is reported by the input's constraints, not as unknown. */
    private static boolean isValidId(String text) {
        return TextPolicy.isIdentifier(text);
    }

    private static Optional<String> optionalId(String text) {
        return isGiven(text) ? Optional.of(text.trim()) : Optional.empty();
    }

    private static Violation violation(String path, String key, Object... args) {
        return new Violation(path, key, Messages.text(key, args));
    }

    private static List<Violation> sorted(List<Violation> violations) {
        violations.sort(java.util.Comparator.comparing(Violation::path).thenComparing(Violation::rule));
        return List.copyOf(violations);
    }

    private static void requireNone(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
