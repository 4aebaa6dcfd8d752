package fi.hoitomalli.testkit;

import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.reminder.PlanActionDue;
import fi.hoitomalli.reminder.Recipient;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderContent;
import fi.hoitomalli.reminder.ReminderKey;
import fi.hoitomalli.reminder.ReminderKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Small fixed reminders for contract tests and examples: plan-action reminders numbered {@code n}. */
public final class ReminderSamples {

    private ReminderSamples() {
    }

    /** A recipient {@code owner<n>@vantaa.fi} writing in Finnish. */
    public static Recipient owner(int n) {
        return new Recipient("Omistaja " + n, new EmailAddress("owner" + n + "@vantaa.fi"), Language.FI);
    }

    /** Reminder number {@code n} (distinct key per n), due at the instant. */
    public static Reminder planAction(int n, Instant dueAt) {
        Recipient owner = owner(n);
        LocalDate day = LocalDate.ofInstant(dueAt, ZoneOffset.UTC);
        PlanActionDue action = new PlanActionDue("action-" + n, "Toimenpide " + n, "Sivistystoimi", owner, day);
        return new Reminder(new ReminderKey(ReminderKind.PLAN_ACTION, action.id(), owner.address(), day.toString()),
                owner, List.of(), dueAt, new ReminderContent.PlanAction(action));
    }
}
