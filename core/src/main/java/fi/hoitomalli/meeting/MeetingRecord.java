package fi.hoitomalli.meeting;

import com.google.common.collect.ImmutableList;
import fi.hoitomalli.common.IdSource;
import fi.hoitomalli.plan.ActionId;
import fi.hoitomalli.plan.PlanAction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a customer meeting process has recorded so far (muistio): the encounter, the customer's needs,
 * the feedback given and the agreed follow-up actions.
 *
 * @param encounter the encounter the process is for
 * @param needs the customer's needs, in the order recorded
 * @param feedback the feedback notes
 * @param followUps the follow-up actions agreed
 */
public record MeetingRecord(Encounter encounter, List<String> needs, List<FeedbackNote> feedback,
                            List<FollowUp> followUps) {
    public MeetingRecord {
        Objects.requireNonNull(encounter, "encounter must not be null");
        needs = ImmutableList.copyOf(Objects.requireNonNull(needs, "needs must not be null"));
        feedback = ImmutableList.copyOf(Objects.requireNonNull(feedback, "feedback must not be null"));
        followUps = ImmutableList.copyOf(Objects.requireNonNull(followUps, "followUps must not be null"));
        needs.forEach(n -> com.google.common.base.Preconditions.checkArgument(!n.isBlank(), "a need must not be blank"));
    }

    /** Nothing recorded yet for the encounter. */
    public static MeetingRecord of(Encounter encounter) {
        return new MeetingRecord(encounter, List.of(), List.of(), List.of());
    }

    MeetingRecord withNeed(String need) {
        return new MeetingRecord(encounter, ImmutableList.<String>builder().addAll(needs).add(need).build(),
                feedback, followUps);
    }

    MeetingRecord withFeedback(FeedbackNote note) {
        return new MeetingRecord(encounter, needs,
                ImmutableList.<FeedbackNote>builder().addAll(feedback).add(note).build(), followUps);
    }

    MeetingRecord withFollowUp(FollowUp followUp) {
        return new MeetingRecord(encounter, needs, feedback,
                ImmutableList.<FollowUp>builder().addAll(followUps).add(followUp).build());
    }

    /**
     * The agreed follow-ups as planned account plan actions linked to this meeting, with ids from the
     * source, in the order agreed.
     */
    public List<PlanAction> planActions(IdSource ids) {
        Objects.requireNonNull(ids, "ids must not be null");
        return followUps.stream()
                .map(f -> f.toPlanAction(new ActionId(ids.nextId()), encounter.id(), Optional.empty()))
                .toList();
    }
}
