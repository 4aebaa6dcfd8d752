package fi.hoitomalli.reminder;

import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.EmailAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides what is due to whom and when (muistutusten arviointi): intranet digests (at most one per
 * recipient per day) and urgent notices, activity invitations a policy's working days ahead, overdue
 * call-back promises and feedback near or past due (team lead copied past the escalation limit), and
 * account-plan actions due. Pure: the same facts at the same instant give the same reminders, with the
 * same keys, so {@link #enqueue} can run as often as wanted and each reminder is stored once.
 */
public final class ReminderEvaluation {

    private static final Comparator<IntranetUpdate> PUBLICATION_ORDER =
            Comparator.comparing(IntranetUpdate::publishedAt).thenComparing(u -> u.item().id());

    private final Clock clock;
    private final WorkingCalendar calendar;
    private final ReminderPolicy policy;
    private final ZoneId zone;

    /**
     * @param clock the time of the evaluation
     * @param calendar working days and the zone local times are in
     * @param policy when things are due
     */
    public ReminderEvaluation(Clock clock, WorkingCalendar calendar, ReminderPolicy policy) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.calendar = Objects.requireNonNull(calendar, "calendar must not be null");
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.zone = calendar.zone();
    }

    /** Every reminder due by now according to the facts, in a stable order; never null. */
    public List<Reminder> evaluate(DueFacts facts) {
        Objects.requireNonNull(facts, "facts must not be null");
        Instant now = clock.instant();
        List<Reminder> due = new ArrayList<>();
        due.addAll(digests(facts.updates(), now));
        due.addAll(urgentNotices(facts.updates(), now));
        facts.activities().forEach(a -> due.addAll(invitations(a, now)));
        facts.callBacks().forEach(c -> due.addAll(callBack(c, now)));
        facts.feedback().forEach(f -> due.addAll(feedback(f, now)));
        facts.planActions().forEach(p -> due.addAll(planAction(p, now)));
        return List.copyOf(due);
    }

    /**
     * Evaluates and adds every due reminder to the outbox unless a reminder with its key is there already.
     *
     * @return how many were new and how many the outbox already had
     */
    public EnqueueResult enqueue(DueFacts facts, ReminderOutbox outbox) {
        Objects.requireNonNull(outbox, "outbox must not be null");
        int added = 0;
        int present = 0;
        for (Reminder reminder : evaluate(facts)) {
            if (outbox.addIfAbsent(reminder)) {
                added++;
            } else {
                present++;
            }
        }
        return new EnqueueResult(added, present);
    }

    /**
     * The outcome of {@link #enqueue}.
     *
     * @param added reminders new to the outbox
     * @param alreadyPresent reminders whose key the outbox already had
     */
    public record EnqueueResult(int added, int alreadyPresent) {
    }

    private List<Reminder> digests(List<IntranetUpdate> updates, Instant now) {
        Map<LocalDate, Map<EmailAddress, List<IntranetUpdate>>> byDay = new LinkedHashMap<>();
        Map<EmailAddress, Recipient> people = new LinkedHashMap<>();
        updates.stream()
                .filter(u -> u.importance() == IntranetUpdate.Importance.NORMAL)
                .sorted(PUBLICATION_ORDER)
                .forEach(u -> {
                    LocalDate day = digestDay(u.publishedAt());
                    for (Recipient r : u.recipients()) {
                        people.putIfAbsent(r.address(), r);
                        List<IntranetUpdate> list = byDay.computeIfAbsent(day, d -> new LinkedHashMap<>())
                                .computeIfAbsent(r.address(), a -> new ArrayList<>());
                        if (!list.contains(u)) {
                            list.add(u);
                        }
                    }
                });
        List<Reminder> out = new ArrayList<>();
        byDay.forEach((day, perPerson) -> {
            Instant sendAt = day.atTime(policy.digestTime()).atZone(zone).toInstant();
            if (sendAt.isAfter(now)) {
                return;
            }
            perPerson.forEach((address, list) -> {
                Recipient to = people.get(address);
                out.add(new Reminder(new ReminderKey(ReminderKind.INTRANET_DIGEST, "digest", address, day.toString()),
                        to, List.of(), sendAt,
                        new ReminderContent.Digest(day, list.stream().map(IntranetUpdate::item).toList())));
            });
        });
        return out;
    }

    /** The digest an update belongs to: the day of the first digest time after its publication. */
    private LocalDate digestDay(Instant publishedAt) {
        ZonedDateTime local = publishedAt.atZone(zone);
        return local.toLocalTime().isBefore(policy.digestTime()) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
    }

    private List<Reminder> urgentNotices(List<IntranetUpdate> updates, Instant now) {
        List<Reminder> out = new ArrayList<>();
        updates.stream()
                .filter(u -> u.importance() == IntranetUpdate.Importance.URGENT && !u.publishedAt().isAfter(now))
                .sorted(PUBLICATION_ORDER)
                .forEach(u -> distinct(u.recipients()).forEach(r -> out.add(new Reminder(
                        new ReminderKey(ReminderKind.INTRANET_URGENT, u.item().id(), r.address(),
                                u.publishedAt().atZone(zone).toLocalDate().toString()),
                        r, List.of(), u.publishedAt(), new ReminderContent.UrgentUpdate(u.item())))));
        return out;
    }

    private List<Reminder> invitations(ActivityDue activity, Instant now) {
        LocalDate startDay = activity.start().toLocalDate();
        Instant sendAt = minusWorkingDays(startDay, policy.invitationWorkingDays())
                .atTime(policy.morningTime()).atZone(zone).toInstant();
        if (sendAt.isAfter(now) || !now.isBefore(activity.startInstant())) {
            return List.of();
        }
        return distinct(activity.attendees()).stream()
                .map(r -> new Reminder(new ReminderKey(ReminderKind.ACTIVITY_INVITATION, activity.id(), r.address(),
                        startDay.toString()), r, List.of(), sendAt, new ReminderContent.Invitation(activity)))
                .toList();
    }

    private List<Reminder> callBack(CallBackDue promise, Instant now) {
        if (!now.isAfter(promise.dueAt())) {
            return List.of();
        }
        Instant escalatesAt = promise.dueAt().plus(policy.escalateAfter());
        boolean escalated = now.isAfter(escalatesAt);
        ReminderStage stage = escalated ? ReminderStage.ESCALATED : ReminderStage.OVERDUE;
        return List.of(staged(ReminderKind.CALL_BACK_PROMISE, promise.id(), promise.secretary(), promise.teamLead(),
                stage, promise.dueAt().toString(), escalated ? escalatesAt : promise.dueAt(),
                new ReminderContent.CallBack(promise, stage)));
    }

    private List<Reminder> feedback(FeedbackDue feedback, Instant now) {
        Instant warnAt = minusWorkingDays(feedback.responseDue(), policy.feedbackWarningWorkingDays())
                .atTime(policy.morningTime()).atZone(zone).toInstant();
        Instant overdueAt = feedback.responseDue().plusDays(1).atStartOfDay(zone).toInstant();
        Instant escalatesAt = overdueAt.plus(policy.escalateAfter());
        ReminderStage stage;
        Instant dueAt;
        if (now.isAfter(escalatesAt)) {
            stage = ReminderStage.ESCALATED;
            dueAt = escalatesAt;
        } else if (!now.isBefore(overdueAt)) {
            stage = ReminderStage.OVERDUE;
            dueAt = overdueAt;
        } else if (!now.isBefore(warnAt)) {
            stage = ReminderStage.NEAR_DUE;
            dueAt = warnAt;
        } else {
            return List.of();
        }
        return List.of(staged(ReminderKind.FEEDBACK_RESPONSE, feedback.id(), feedback.secretary(), feedback.teamLead(),
                stage, feedback.responseDue().toString(), dueAt, new ReminderContent.Feedback(feedback, stage)));
    }

    private List<Reminder> planAction(PlanActionDue action, Instant now) {
        Instant warnAt = minusWorkingDays(action.dueDate(), policy.planActionWarningWorkingDays())
                .atTime(policy.morningTime()).atZone(zone).toInstant();
        if (warnAt.isAfter(now)) {
            return List.of();
        }
        return List.of(new Reminder(new ReminderKey(ReminderKind.PLAN_ACTION, action.id(), action.owner().address(),
                action.dueDate().toString()), action.owner(), List.of(), warnAt, new ReminderContent.PlanAction(action)));
    }

    /** A reminder to the secretary; at the escalated stage with the team lead copied (unless the same person). */
    private static Reminder staged(ReminderKind kind, String id, Recipient secretary, Recipient teamLead,
                                   ReminderStage stage, String dueText, Instant dueAt, ReminderContent content) {
        boolean copyLead = stage == ReminderStage.ESCALATED && !teamLead.address().equals(secretary.address());
        String period = stage.name().toLowerCase(java.util.Locale.ROOT) + ":" + dueText;
        return new Reminder(new ReminderKey(kind, id, secretary.address(), period), secretary,
                copyLead ? List.of(teamLead) : List.of(), dueAt, content);
    }

    /** The working day {@code n} working days before the date (the date itself for 0). */
    private LocalDate minusWorkingDays(LocalDate date, int n) {
        LocalDate day = date;
        int left = n;
        while (left > 0) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    private static List<Recipient> distinct(List<Recipient> recipients) {
        Map<EmailAddress, Recipient> byAddress = new LinkedHashMap<>();
        recipients.forEach(r -> byAddress.putIfAbsent(r.address(), r));
        return List.copyOf(byAddress.values());
    }
}
