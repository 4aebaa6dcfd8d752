package fi.hoitomalli.meeting;

import static com.google.common.base.Preconditions.checkArgument;

import fi.hoitomalli.plan.ActionId;
import fi.hoitomalli.plan.ActionOrigin;
import fi.hoitomalli.plan.ActionStatus;
import fi.hoitomalli.plan.GoalId;
import fi.hoitomalli.plan.PlanAction;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A follow-up action agreed in a meeting (jatkotoimenpide): what, who and by when. It can become a
 * development action of the sector's account plan, linked back to the meeting.
 *
 * @param description what is to be done, non-blank
 * @param owner who is responsible, non-blank
 * @param due by when
 */
public record FollowUp(String description, String owner, LocalDate due) {
    public FollowUp {
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(owner, "owner must not be null");
        Objects.requireNonNull(due, "due must not be null");
        checkArgument(!description.isBlank(), "follow-up description must not be blank");
        checkArgument(!owner.isBlank(), "follow-up owner must not be blank");
    }

    /** The planned account plan action for this follow-up, caused by the meeting. */
    public PlanAction toPlanAction(ActionId id, MeetingId meeting, Optional<GoalId> goal) {
        return new PlanAction(id, description, owner, due, ActionStatus.PLANNED, goal,
                Optional.of(ActionOrigin.meeting(Objects.requireNonNull(meeting, "meeting must not be null").value())));
    }
}
