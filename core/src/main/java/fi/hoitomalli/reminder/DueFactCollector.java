package fi.hoitomalli.reminder;

import fi.hoitomalli.clock.ActivityStatus;
import fi.hoitomalli.clock.ActivityTemplate;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.clock.ClockActivities;
import fi.hoitomalli.clock.ClockActivity;
import fi.hoitomalli.clock.ClockScope;
import fi.hoitomalli.clock.Occurrence;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.CallbackPromises;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerDirectory;
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.FeedbackDetails;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.plan.PlanAction;
import fi.hoitomalli.segment.Audience;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffMember;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gathers due facts from the features that own them (muistutusten keruu): the annual clock's activities,
 * the call-back promises not yet kept, the open actions of account plans, unanswered feedback and
 * intranet updates for an audience segment (SEG-2). Staff are resolved through a
 * {@link RecipientDirectory}, customers through the customer directory; whoever cannot be reached is
 * left out and reported in {@link CollectedFacts#unreached()}, never silently dropped. That includes a
 * person whose data cannot form a message (a name longer than 120 characters, or with a tab or a line
 * break: {@link Unreached.Reason#UNSAFE_NAME}): one bad directory row never fails the collection for
 * everyone else. Pure: no I/O besides the ports handed in, and the same inputs give equal facts, so the
 * reminders evaluated from them have the same keys on every run.
 */
public final class DueFactCollector {

    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9._:+-]");

    private static final int SUMMARY_CHARS = 300;

    private final RecipientDirectory directory;
    private final ZoneId zone;

    /**
     * @param directory who the participants and owners are
     * @param zone where the annual clock's local times are (the team's zone)
     * @throws NullPointerException if an argument is null
     */
    public DueFactCollector(RecipientDirectory directory, ZoneId zone) {
        this.directory = Objects.requireNonNull(directory, "directory must not be null");
        this.zone = Objects.requireNonNull(zone, "zone must not be null");
    }

    /**
     * An invitation fact for every scheduled occurrence of the clock: the template's owner organises, every
     * person of the occurrence is invited. The title is written in each attendee's language, so the
     * attendees of one occurrence are split into one fact per language (same id, distinct recipients, so
     * every reminder key stays unique). Payroll-run marks (all day, nobody booked) invite nobody and are
     * skipped; so is an occurrence whose organiser is unknown. This knows nothing of cancellations: when the
     * clock's activities are recorded, use {@link #activities(AnnualClock, Collection)}.
     *
     * @throws NullPointerException if the clock is null
     */
    public CollectedFacts activities(AnnualClock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        List<ActivityDue> facts = new ArrayList<>();
        List<Unreached> unreached = new ArrayList<>();
        for (Occurrence occurrence : clock.occurrences()) {
            invite(clock.template(occurrence.template()).orElseThrow(), occurrence, facts, unreached);
        }
        return new CollectedFacts(DueFacts.none().withActivities(facts), unreached);
    }

    /**
     * Invitation facts for the recorded activities that are still planned, as {@link #activities(AnnualClock)}
     * makes them, from the stored occurrence (day, time, people): held and cancelled activities invite
     * nobody. The titles and organisers come from the templates of the clock the activities were planned
     * from; ids and so reminder keys are the same as for the clock's occurrences.
     *
     * @param clock the clock the activities were planned from (its templates)
     * @param recorded activities of a {@link ClockActivities} store
     * @throws IllegalArgumentException if an activity's template is not in the clock
     * @throws NullPointerException if an argument is null
     */
    public CollectedFacts activities(AnnualClock clock, Collection<ClockActivity> recorded) {
        Objects.requireNonNull(clock, "clock must not be null");
        Objects.requireNonNull(recorded, "recorded must not be null");
        List<ActivityDue> facts = new ArrayList<>();
        List<Unreached> unreached = new ArrayList<>();
        for (ClockActivity activity : recorded) {
            if (activity.status() != ActivityStatus.PLANNED) {
                continue;
            }
            Occurrence occurrence = activity.occurrence();
            ActivityTemplate template = clock.template(occurrence.template()).orElseThrow(() ->
                    new IllegalArgumentException("activity " + activity.key().describe()
                            + " is of a template the clock does not have: pass the clock it was planned from"));
            invite(template, occurrence, facts, unreached);
        }
        return new CollectedFacts(DueFacts.none().withActivities(facts), unreached);
    }

    /**
     * Invitation facts for the scope's activities still planned from {@code from} to {@code to}, read
     * from the store, as {@link #activities(AnnualClock, Collection)}: the reminder job's way to invite
     * to what is due and not cancelled.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from} or a template is not in the clock
     * @throws NullPointerException if an argument is null
     */
    public CollectedFacts activities(AnnualClock clock, ClockActivities store, ClockScope scope, LocalDate from,
                                     LocalDate to) {
        Objects.requireNonNull(store, "store must not be null");
        return activities(clock, store.inStatus(scope, ActivityStatus.PLANNED, from, to));
    }

    private void invite(ActivityTemplate template, Occurrence occurrence, List<ActivityDue> facts,
                        List<Unreached> unreached) {
        if (occurrence.start().isEmpty()) {
            return;
        }
        String id = activityId(occurrence);
        List<Recipient> organisers = directory.participant(template.owner());
        if (organisers.isEmpty()) {
            unreached.add(new Unreached(id, template.owner().value(), directory.whyUnresolved(template.owner())));
            return;
        }
        Map<EmailAddress, Recipient> attendees = new LinkedHashMap<>();
        for (Participant person : occurrence.people()) {
            List<Recipient> resolved = directory.participant(person);
            if (resolved.isEmpty()) {
                unreached.add(new Unreached(id, person.value(), directory.whyUnresolved(person)));
            }
            resolved.forEach(r -> attendees.putIfAbsent(r.address(), r));
        }
        organisers.forEach(r -> attendees.putIfAbsent(r.address(), r));
        facts.addAll(invitations(id, template, occurrence, organisers.get(0), List.copyOf(attendees.values()),
                unreached));
    }

    private List<ActivityDue> invitations(String id, ActivityTemplate template, Occurrence occurrence,
                                          Recipient organiser, List<Recipient> attendees, List<Unreached> unreached) {
        Map<Language, List<Recipient>> byLanguage = new EnumMap<>(Language.class);
        attendees.forEach(r -> byLanguage.computeIfAbsent(r.language(), l -> new ArrayList<>()).add(r));
        LocalDateTime start = occurrence.date().atTime(occurrence.start().orElseThrow());
        LocalDateTime end = start.plus(occurrence.duration());
        List<ActivityDue> out = new ArrayList<>();
        byLanguage.forEach((language, people) -> {
            String title = template.title().in(language);
            if (!SafeText.isTitle(title)) {
                people.forEach(p -> unreached.add(new Unreached(id, p.address().value(), Unreached.Reason.UNSAFE_TITLE)));
                return;
            }
            String location = Messages.text("fi.hoitomalli.reminder.collect.location").in(language);
            out.add(new ActivityDue(id, title, start, end, zone, location, organiser, people));
        });
        return out;
    }

    /** The occurrence's id in reminder keys: template id and date. */
    static String activityId(Occurrence occurrence) {
        return keyId(occurrence.template().value() + ":" + occurrence.date());
    }

    /**
     * A text made fit for a reminder key: characters a key may not hold are replaced and a hash of the
     * original is appended, so two ids that differ only there stay apart; too long ones keep their end.
     */
    static String keyId(String raw) {
        String safe = NOT_ID.matcher(raw).replaceAll("_");
        if (!safe.equals(raw)) {
            safe = safe + "+" + Integer.toHexString(raw.hashCode());
        }
        return safe.length() <= 120 ? safe : safe.substring(safe.length() - 120);
    }

    /**
     * A call-back fact for every promise not yet kept (open or broken) that a secretary of the centre
     * holds, addressed to the holder (who may be the partner during a long absence) with the lead of the
     * promise's team to be copied when it is long overdue. Whether a promise is due yet is the
     * evaluation's business, so open promises not yet due are included too. A promise whose holder or
     * lead cannot be addressed (unknown, or a name that cannot go into a header) is reported as unreached
     * under the person's id.
     *
     * @throws NullPointerException if an argument is null
     */
    public CollectedFacts callBacks(CallbackPromises promises, ServiceCentre centre) {
        Objects.requireNonNull(promises, "promises must not be null");
        Objects.requireNonNull(centre, "centre must not be null");
        List<CallBackDue> facts = new ArrayList<>();
        List<Unreached> unreached = new ArrayList<>();
        for (Secretary holder : centre.secretaries()) {
            Optional<Recipient> secretary = recipient(holder);
            for (CallbackPromise promise : promises.unkeptHeldBy(holder.id())) {
                if (secretary.isEmpty()) {
                    unreached.add(new Unreached(promise.id().value(), holder.id().value(),
                            Unreached.Reason.UNSAFE_NAME));
                    continue;
                }
                ServiceTeam team = centre.team(promise.terms().team()).orElseGet(() -> centre.teamOf(holder.id()));
                Optional<StaffMember> lead = centre.staff(team.lead());
                Optional<Recipient> leadRecipient = lead.flatMap(DueFactCollector::recipient);
                if (leadRecipient.isEmpty()) {
                    unreached.add(new Unreached(promise.id().value(), team.lead().value(),
                            lead.isEmpty() ? Unreached.Reason.UNKNOWN_PERSON : Unreached.Reason.UNSAFE_NAME));
                    continue;
                }
                String note = Messages.text("fi.hoitomalli.reminder.collect.callbackNote",
                        "inquiry", promise.terms().inquiry().value()).in(holder.language());
                facts.add(new CallBackDue(promise.id().value(), secretary.get(), leadRecipient.get(),
                        promise.terms().due(), note));
            }
        }
        return new CollectedFacts(DueFacts.none().withCallBacks(facts), unreached);
    }

    /**
     * A fact for every open action (planned or in progress) of the plan, addressed to its owner as
     * the directory resolves the owner's id or name. Done and dropped actions are left out.
     *
     * @param plan the account plan
     * @param planName how the plan is named in the reminder, e.g. the sector's name, one line
     * @throws NullPointerException if an argument is null
     */
    public CollectedFacts planActions(AccountPlan plan, String planName) {
        Objects.requireNonNull(plan, "plan must not be null");
        Objects.requireNonNull(planName, "planName must not be null");
        List<PlanActionDue> facts = new ArrayList<>();
        List<Unreached> unreached = new ArrayList<>();
        for (PlanAction action : plan.development().actions()) {
            if (!action.status().open()) {
                continue;
            }
            String safeId = keyId(plan.sector().value() + ":" + plan.year() + ":" + action.id().value());
            Optional<Recipient> owner = directory.person(action.owner());
            if (owner.isEmpty()) {
                unreached.add(new Unreached(safeId, action.owner(), directory.whyUnresolved(action.owner())));
            } else if (!SafeText.isTitle(action.description())) {
                unreached.add(new Unreached(safeId, action.owner(), Unreached.Reason.UNSAFE_TITLE));
            } else {
                facts.add(new PlanActionDue(safeId, action.description(), planName, owner.get(), action.due()));
            }
        }
        return new CollectedFacts(DueFacts.none().withPlanActions(facts), unreached);
    }

    /**
     * The intranet update's due fact, its audience resolved by rule SEG-2: the supervisors the segment
     * reaches (or its members, for an all-roles audience), each once, in the audience's stable order, with
     * their own address and language. Customers without an e-mail address are left out and reported as
     * {@link Unreached.Reason#NO_EMAIL}, customers whose name cannot go into a header (longer than 120
     * characters, or with a tab, a line break or another control character) as
     * {@link Unreached.Reason#UNSAFE_NAME}, both under their customer id; everyone else gets the update.
     * When nobody is left, no update fact is made.
     *
     * @param item the update
     * @param importance digest or at once
     * @param publishedAt when it was published
     * @param audience who it concerns, e.g. {@code Audience.of(new InSector(sivi))}
     * @param customers the customer directory the audience is resolved in
     * @throws NullPointerException if an argument is null
     */
    public CollectedFacts intranetUpdate(IntranetItem item, IntranetUpdate.Importance importance, Instant publishedAt,
                                         Audience audience, CustomerDirectory customers) {
        Objects.requireNonNull(item, "item must not be null");
        Objects.requireNonNull(importance, "importance must not be null");
        Objects.requireNonNull(publishedAt, "publishedAt must not be null");
        Objects.requireNonNull(audience, "audience must not be null");
        Objects.requireNonNull(customers, "customers must not be null");
        List<Recipient> recipients = new ArrayList<>();
        List<Unreached> unreached = new ArrayList<>();
        for (Customer customer : audience.resolve(customers)) {
            if (customer.email().isEmpty()) {
                unreached.add(new Unreached(item.id(), customer.id().value(), Unreached.Reason.NO_EMAIL));
                continue;
            }
            Recipient.ifAddressable(customer.name(), customer.email().get(), customer.language())
                    .ifPresentOrElse(recipients::add, () -> unreached.add(
                            new Unreached(item.id(), customer.id().value(), Unreached.Reason.UNSAFE_NAME)));
        }
        DueFacts facts = recipients.isEmpty() ? DueFacts.none()
                : DueFacts.none().withUpdates(List.of(new IntranetUpdate(item, importance, publishedAt, recipients)));
        return new CollectedFacts(facts, unreached);
    }

    /**
     * A due fact for every unanswered feedback (received, no response yet) among the records: the
     * recording secretary answers it by its response due date, and the lead of the record's team is
     * copied when it is long overdue. The body carries the start of the feedback's text;
     * records of a secretary the centre does not know, or whose secretary or lead cannot be addressed
     * (a name that cannot go into a header), are reported as unreached under the person's id.
     *
     * @throws NullPointerException if an argument is null
     */
    public CollectedFacts feedback(Collection<? extends FeedbackReport> records, ServiceCentre centre) {
        Objects.requireNonNull(records, "records must not be null");
        Objects.requireNonNull(centre, "centre must not be null");
        List<FeedbackDue> facts = new ArrayList<>();
        List<Unreached> unreached = new ArrayList<>();
        for (FeedbackReport report : records) {
            if (report.response().isPresent()) {
                continue;
            }
            FeedbackDetails details = report.details();
            Optional<Secretary> recorder = centre.secretary(details.recorder());
            Optional<ServiceTeam> team = centre.team(details.team());
            Optional<StaffMember> lead = team.flatMap(t -> centre.staff(t.lead()));
            if (recorder.isEmpty() || lead.isEmpty()) {
                String who = recorder.isEmpty() ? details.recorder().value()
                        : team.map(t -> t.lead().value()).orElse(details.team().value());
                unreached.add(new Unreached(keyId(details.id().value()), who, Unreached.Reason.UNKNOWN_PERSON));
                continue;
            }
            Optional<Recipient> secretary = recipient(recorder.get());
            Optional<Recipient> teamLead = recipient(lead.get());
            if (secretary.isEmpty() || teamLead.isEmpty()) {
                String who = secretary.isEmpty() ? details.recorder().value() : lead.get().id().value();
                unreached.add(new Unreached(keyId(details.id().value()), who, Unreached.Reason.UNSAFE_NAME));
                continue;
            }
            facts.add(new FeedbackDue(keyId(details.id().value()), secretary.get(), teamLead.get(),
                    details.dueDate(), summary(details)));
        }
        return new CollectedFacts(DueFacts.none().withFeedback(facts), unreached);
    }

    /**
     * The unanswered feedback received in the period, from the store's system query (the reminders go
     * to the people responsible, so no reader's access view applies), as {@link #feedback(Collection,
     * ServiceCentre)}.
     *
     * @throws NullPointerException if an argument is null
     */
    public CollectedFacts feedback(FeedbackReports reports, DateRange receivedIn, ServiceCentre centre) {
        Objects.requireNonNull(reports, "reports must not be null");
        Objects.requireNonNull(receivedIn, "receivedIn must not be null");
        return feedback(reports.recordedIn(receivedIn), centre);
    }

    /** The secretary as a recipient, or empty when her name cannot go into a header. */
    private static Optional<Recipient> recipient(Secretary secretary) {
        return Recipient.ifAddressable(secretary.name(), secretary.email(), secretary.language());
    }

    /** The staff member as a recipient, or empty when the name cannot go into a header. */
    private static Optional<Recipient> recipient(StaffMember member) {
        return Recipient.ifAddressable(member.name(), member.email(), member.language());
    }

    /** The start of the feedback's text, without control characters; for the body, never the subject. */
    private static String summary(FeedbackDetails details) {
        String text = details.text().replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
        String start = text.length() <= SUMMARY_CHARS ? text : text.substring(0, SUMMARY_CHARS) + "…";
        return start;
    }
}
