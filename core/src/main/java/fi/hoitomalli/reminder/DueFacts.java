package fi.hoitomalli.reminder;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a reminder evaluation looks at, gathered by the caller from the features that own it
 * (intranet updates, the annual clock, call-back promises, feedback, account plans). Only open items are
 * passed: a kept promise or a done action is simply left out.
 *
 * @param updates intranet updates of the last days
 * @param activities upcoming annual-clock activities
 * @param callBacks open call-back promises
 * @param feedback feedback awaiting a response
 * @param planActions open account-plan actions
 */
public record DueFacts(List<IntranetUpdate> updates, List<ActivityDue> activities, List<CallBackDue> callBacks,
                       List<FeedbackDue> feedback, List<PlanActionDue> planActions) {

    public DueFacts {
        updates = ImmutableList.copyOf(Objects.requireNonNull(updates, "updates must not be null"));
        activities = ImmutableList.copyOf(Objects.requireNonNull(activities, "activities must not be null"));
        callBacks = ImmutableList.copyOf(Objects.requireNonNull(callBacks, "callBacks must not be null"));
        feedback = ImmutableList.copyOf(Objects.requireNonNull(feedback, "feedback must not be null"));
        planActions = ImmutableList.copyOf(Objects.requireNonNull(planActions, "planActions must not be null"));
    }

    /** No facts at all. */
    public static DueFacts none() {
        return new DueFacts(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** These facts plus intranet updates. */
    public DueFacts withUpdates(List<IntranetUpdate> more) {
        return new DueFacts(concat(updates, more), activities, callBacks, feedback, planActions);
    }

    /** These facts plus annual-clock activities. */
    public DueFacts withActivities(List<ActivityDue> more) {
        return new DueFacts(updates, concat(activities, more), callBacks, feedback, planActions);
    }

    /** These facts plus call-back promises. */
    public DueFacts withCallBacks(List<CallBackDue> more) {
        return new DueFacts(updates, activities, concat(callBacks, more), feedback, planActions);
    }

    /** These facts plus feedback awaiting a response. */
    public DueFacts withFeedback(List<FeedbackDue> more) {
        return new DueFacts(updates, activities, callBacks, concat(feedback, more), planActions);
    }

    /** These facts plus account-plan actions. */
    public DueFacts withPlanActions(List<PlanActionDue> more) {
        return new DueFacts(updates, activities, callBacks, feedback, concat(planActions, more));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return ImmutableList.<T>builder().addAll(a).addAll(b).build();
    }
}
