package fi.hoitomalli.meeting;

import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The outcome of a step of the customer meeting process: the new state, or a rejection with its reason. */
public sealed interface Transition permits Transition.Accepted, Transition.Rejected {

    /** The state after the step: the new one, or the unchanged one for a rejection. */
    MeetingProcess state();

    /** Why a step was rejected. */
    enum Reason {
        /** Required tasks of the current stage are not done. */
        OPEN_TASKS,
        /** The task belongs to another stage than the current one. */
        TASK_OF_OTHER_STAGE,
        /** The record cannot be added in the current stage. */
        NOT_ALLOWED_IN_STAGE,
        /** The process is closed. */
        PROCESS_CLOSED
    }

    /**
     * The step was taken.
     *
     * @param state the new state
     */
    record Accepted(MeetingProcess state) implements Transition {
        public Accepted {
            Objects.requireNonNull(state, "state must not be null");
        }
    }

    /**
     * The step was rejected; the process stays as it was.
     *
     * @param state the unchanged state
     * @param reason why
     * @param openTasks the required tasks still open (for {@link Reason#OPEN_TASKS}), else empty
     * @param message the reason in fi, sv and en
     */
    record Rejected(MeetingProcess state, Reason reason, List<MeetingTask> openTasks, LocalizedText message)
            implements Transition {
        public Rejected {
            Objects.requireNonNull(state, "state must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
            openTasks = List.copyOf(Objects.requireNonNull(openTasks, "openTasks must not be null"));
            Objects.requireNonNull(message, "message must not be null");
        }
    }

    /** A rejection of a step in the state, with the localised message. */
    static Rejected rejected(MeetingProcess state, Reason reason) {
        List<MeetingTask> open = reason == Reason.OPEN_TASKS ? state.openTasks() : List.of();
        LocalizedText stage = state.stage().label();
        LocalizedText message = new LocalizedText(
                text(reason, stage.fi(), open, t -> t.label().fi()).fi(),
                text(reason, stage.sv(), open, t -> t.label().sv()).sv(),
                text(reason, stage.en(), open, t -> t.label().en()).en());
        return new Rejected(state, reason, open, message);
    }

    private static LocalizedText text(Reason reason, String stage, List<MeetingTask> open,
                                      java.util.function.Function<MeetingTask, String> label) {
        String tasks = open.stream().map(label).collect(Collectors.joining(", "));
        return Messages.text("fi.hoitomalli.meeting.rejected." + reason.name(), "stage", stage, "tasks", tasks);
    }
}
