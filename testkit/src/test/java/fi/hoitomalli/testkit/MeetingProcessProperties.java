package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.meeting.FeedbackNote;
import fi.hoitomalli.meeting.FollowUp;
import fi.hoitomalli.meeting.MeetingProcess;
import fi.hoitomalli.meeting.MeetingStage;
import fi.hoitomalli.meeting.MeetingTask;
import fi.hoitomalli.meeting.Transition;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class MeetingProcessProperties {

    @Property(tries = 200)
    void table4_rejectedStepsLeaveTheStateUnchanged(@ForAll MeetingProcess state, @ForAll MeetingTask task) {
        Transition[] steps = {state.advance(), state.complete(task), state.recordNeed("need"),
            state.recordFeedback(new FeedbackNote(FeedbackNote.Tone.NEGATIVE, "slow")),
            state.agreeFollowUp(new FollowUp("x", "y", LocalDate.of(2027, 1, 1)))};
        for (Transition step : steps) {
            if (step instanceof Transition.Rejected rejected) {
                assertThat(rejected.state()).isEqualTo(state);
            }
        }
    }

    @Property(tries = 200)
    void table4_advanceSucceedsExactlyWhenNoRequiredTaskIsOpen(@ForAll MeetingProcess state) {
        Transition step = state.advance();
        boolean legal = state.stage() != MeetingStage.CLOSED && state.openTasks().isEmpty();
        assertThat(step instanceof Transition.Accepted).isEqualTo(legal);
        if (legal) {
            assertThat(step.state().stage()).isEqualTo(state.stage().next().orElseThrow());
            assertThat(step.state().record()).isEqualTo(state.record());
            assertThat(step.state().done()).isEmpty();
        }
    }

    @Property(tries = 200)
    void table4_onlyTasksOfTheCurrentStageCanBeTicked(@ForAll MeetingProcess state, @ForAll MeetingTask task) {
        Transition step = state.complete(task);
        assertThat(step instanceof Transition.Accepted).isEqualTo(task.stage() == state.stage());
        assertThat(step.state().done()).allSatisfy(t -> assertThat(t.stage()).isEqualTo(state.stage()));
    }
}
