package fi.hoitomalli.reminder;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a reminder says, one record per kind. The texts are made from these by {@link ReminderTexts}; the
 * mail adapter adds an iCalendar event for an {@link Invitation}.
 */
public sealed interface ReminderContent {

    /** The kind this content belongs to. */
    ReminderKind kind();

    /**
     * The day's intranet updates for one recipient (päivityskooste).
     *
     * @param day the day of the digest
     * @param items the updates, at least one, in publication order
     */
    record Digest(LocalDate day, List<IntranetItem> items) implements ReminderContent {
        public Digest {
            Objects.requireNonNull(day, "day must not be null");
            items = ImmutableList.copyOf(Objects.requireNonNull(items, "items must not be null"));
            checkArgument(!items.isEmpty(), "a digest lists at least one update");
        }

        @Override
        public ReminderKind kind() {
            return ReminderKind.INTRANET_DIGEST;
        }
    }

    /**
     * One urgent intranet update.
     *
     * @param item the update
     */
    record UrgentUpdate(IntranetItem item) implements ReminderContent {
        public UrgentUpdate {
            Objects.requireNonNull(item, "item must not be null");
        }

        @Override
        public ReminderKind kind() {
            return ReminderKind.INTRANET_URGENT;
        }
    }

    /**
     * An invitation to an annual-clock activity.
     *
     * @param activity the activity with its time, place, organiser and attendees
     */
    record Invitation(ActivityDue activity) implements ReminderContent {
        public Invitation {
            Objects.requireNonNull(activity, "activity must not be null");
        }

        @Override
        public ReminderKind kind() {
            return ReminderKind.ACTIVITY_INVITATION;
        }
    }

    /**
     * An overdue call-back promise.
     *
     * @param promise the promise
     * @param stage overdue or escalated
     */
    record CallBack(CallBackDue promise, ReminderStage stage) implements ReminderContent {
        public CallBack {
            Objects.requireNonNull(promise, "promise must not be null");
            Objects.requireNonNull(stage, "stage must not be null");
            checkArgument(stage != ReminderStage.NEAR_DUE, "call-back promises are reminded of only when overdue");
        }

        @Override
        public ReminderKind kind() {
            return ReminderKind.CALL_BACK_PROMISE;
        }
    }

    /**
     * Feedback whose response is near or past its due date.
     *
     * @param feedback the feedback
     * @param stage near due, overdue or escalated
     */
    record Feedback(FeedbackDue feedback, ReminderStage stage) implements ReminderContent {
        public Feedback {
            Objects.requireNonNull(feedback, "feedback must not be null");
            Objects.requireNonNull(stage, "stage must not be null");
        }

        @Override
        public ReminderKind kind() {
            return ReminderKind.FEEDBACK_RESPONSE;
        }
    }

    /**
     * An account-plan action that is due.
     *
     * @param action the action
     */
    record PlanAction(PlanActionDue action) implements ReminderContent {
        public PlanAction {
            Objects.requireNonNull(action, "action must not be null");
        }

        @Override
        public ReminderKind kind() {
            return ReminderKind.PLAN_ACTION;
        }
    }
}
