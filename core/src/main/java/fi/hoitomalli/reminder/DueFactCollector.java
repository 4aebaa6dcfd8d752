package fi.hoitomalli.reminder;

import fi.hoitomalli.clock.ActivityTemplate;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.clock.Occurrence;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.CallbackPromises;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.plan.PlanAction;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffMember;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gathers due facts from the features that own them (muistutusten keruu): the annual clock's activities,
 * the call-back promises not yet kept, the open actions of account plans. People are resolved through a
 * {@link RecipientDirectory}; whoever cannot be resolved is left out and reported in
 * {@link CollectedFacts#unreached()}, never silently dropped. Pure: no I/O besides the ports handed in,
 * and the same inputs give equal facts, so the reminders evaluated from them have the same keys on every
 * run.
 */
public final class DueFactCollector {

    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9._:+-]");

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
     * skipped; so is an occurrence whose organiser is unknown.
     *
     * @throws NullPointerException if the clock is null
     */
    public CollectedFacts activities(AnnualClock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        List<ActivityDue> facts = new ArrayList<>();
        List<Unreached> unreached = new ArrayList<>();
        for (Occurrence occurrence : clock.occurrences()) {
            if (occurrence.start().isEmpty()) {
                continue;
            }
            ActivityTemplate template = clock.template(occurrence.template()).orElseThrow();
            String id = activityId(occurrence);
            List<Recipient> organisers = directory.participant(template.owner());
            if (organisers.isEmpty()) {
                unreached.add(new Unreached(id, template.owner().value(), Unreached.Reason.UNKNOWN_PERSON));
                continue;
            }
            Map<EmailAddress, Recipient> attendees = new LinkedHashMap<>();
            for (Participant person : occurrence.people()) {
                List<Recipient> resolved = directory.participant(person);
                if (resolved.isEmpty()) {
                    unreached.add(new Unreached(id, person.value(), Unreached.Reason.UNKNOWN_PERSON));
                }
                resolved.forEach(r -> attendees.putIfAbsent(r.address(), r));
            }
            organisers.forEach(r -> attendees.putIfAbsent(r.address(), r));
            facts.addAll(invitations(id, template, occurrence, organisers.get(0), List.copyOf(attendees.values()),
                    unreached));
        }
        return new CollectedFacts(DueFacts.none().withActivities(facts), unreached);
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
            String location = Messages.text("fi.hoitomalli.reminder.activity.location").in(language);
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
     * evaluation's business, so open promises not yet due are included too.
     *
     * @throws NullPointerException if an argument is null
     */
    public CollectedFacts callBacks(CallbackPromises promises, ServiceCentre centre) {
        Objects.requireNonNull(promises, "promises must not be null");
        Objects.requireNonNull(centre, "centre must not be null");
        List<CallBackDue> facts = new ArrayList<>();
        List<Unreached> unreached = new ArrayList<>();
        for (Secretary holder : centre.secretaries()) {
            Recipient secretary = new Recipient(holder.name(), holder.email(), holder.language());
            for (CallbackPromise promise : promises.unkeptHeldBy(holder.id())) {
                ServiceTeam team = centre.team(promise.terms().team()).orElseGet(() -> centre.teamOf(holder.id()));
                Optional<StaffMember> lead = centre.staff(team.lead());
                if (lead.isEmpty()) {
                    unreached.add(new Unreached(promise.id().value(), team.lead().value(),
                            Unreached.Reason.UNKNOWN_PERSON));
                    continue;
                }
                String note = Messages.text("fi.hoitomalli.reminder.callback.note",
                        "inquiry", promise.terms().inquiry().value()).in(holder.language());
                facts.add(new CallBackDue(promise.id().value(), secretary,
                        new Recipient(lead.get().name(), lead.get().email(), lead.get().language()),
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
                unreached.add(new Unreached(safeId, action.owner(), Unreached.Reason.UNKNOWN_PERSON));
            } else if (!SafeText.isTitle(action.description())) {
                unreached.add(new Unreached(safeId, action.owner(), Unreached.Reason.UNSAFE_TITLE));
            } else {
                facts.add(new PlanActionDue(safeId, action.description(), planName, owner.get(), action.due()));
            }
        }
        return new CollectedFacts(DueFacts.none().withPlanActions(facts), unreached);
    }
}
