package fi.hoitomalli.reminder;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link DueFactCollector} gathered from the features: the due facts to evaluate, and everyone
 * the reminders could not reach. Two collections combine with {@link #plus}.
 *
 * @param facts the due facts, ready for {@link ReminderEvaluation#evaluate}
 * @param unreached who was left out and why, in the order met
 */
public record CollectedFacts(DueFacts facts, List<Unreached> unreached) {

    public CollectedFacts {
        Objects.requireNonNull(facts, "facts must not be null");
        unreached = ImmutableList.copyOf(Objects.requireNonNull(unreached, "unreached must not be null"));
    }

    /** Nothing collected. */
    public static CollectedFacts none() {
        return new CollectedFacts(DueFacts.none(), List.of());
    }

    /** Both collections: facts and unreached people of this one, then of the other. */
    public CollectedFacts plus(CollectedFacts other) {
        Objects.requireNonNull(other, "other must not be null");
        DueFacts both = facts.withUpdates(other.facts.updates())
                .withActivities(other.facts.activities())
                .withCallBacks(other.facts.callBacks())
                .withFeedback(other.facts.feedback())
                .withPlanActions(other.facts.planActions());
        return new CollectedFacts(both, ImmutableList.<Unreached>builder().addAll(unreached)
                .addAll(other.unreached).build());
    }

    /** How many were left out for the reason. */
    public long unreachedCount(Unreached.Reason reason) {
        Objects.requireNonNull(reason, "reason must not be null");
        return unreached.stream().filter(u -> u.reason() == reason).count();
    }
}
