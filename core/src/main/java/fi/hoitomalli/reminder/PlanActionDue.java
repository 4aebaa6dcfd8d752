package fi.hoitomalli.reminder;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A due fact: an open action of an account plan (asiakkuussuunnitelman toimenpide) with its owner and
 * due date. The owner is reminded once, a policy's number of working days before the date.
 *
 * @param id the action's id
 * @param title the action, one line, no personal payroll data
 * @param planName the account plan it belongs to (e.g. the sector's name), one line
 * @param owner who is responsible
 * @param dueDate when it should be done
 */
public record PlanActionDue(String id, String title, String planName, Recipient owner, LocalDate dueDate) {

    public PlanActionDue {
        SafeText.id(id, "id");
        SafeText.title(title, "title");
        SafeText.line(planName, "planName", 200);
        Objects.requireNonNull(owner, "owner must not be null");
        Objects.requireNonNull(dueDate, "dueDate must not be null");
    }
}
