package fi.hoitomalli.meeting;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The customer meeting process (asiakastapaamisen prosessi, Table 4) as a state machine: the permitted
 * records are its stages, each holding what was recorded so far and which of the stage's tasks are
 * done. Transitions never mutate; they return a {@link Transition}: the next state, or a rejection
 * that says why (open tasks, the wrong stage, a closed process).
 *
 * <p>What may be recorded where: needs at first contact and in the meeting; feedback in the meeting
 * and in aftercare; follow-up actions only in the meeting.
 */
public sealed interface MeetingProcess permits MeetingProcess.FirstContact, MeetingProcess.Material,
        MeetingProcess.Preparation, MeetingProcess.Meeting, MeetingProcess.Aftercare, MeetingProcess.Closed {

    /** What has been recorded so far. */
    MeetingRecord record();

    /** The tasks of the current stage that are done. */
    Set<MeetingTask> done();

    /** The current stage. */
    MeetingStage stage();

    /** A process starting at first contact for the encounter. */
    static MeetingProcess start(Encounter encounter) {
        return new FirstContact(MeetingRecord.of(encounter), Set.of());
    }

    /** The required tasks of the current stage still to do, in checklist order. */
    default List<MeetingTask> openTasks() {
        return stage().tasks().stream().filter(t -> t.required() && !done().contains(t)).toList();
    }

    /** Ticks a task of the current stage; rejected for a task of another stage. */
    default Transition complete(MeetingTask task) {
        Objects.requireNonNull(task, "task must not be null");
        if (task.stage() != stage()) {
            return Transition.rejected(this, Transition.Reason.TASK_OF_OTHER_STAGE);
        }
        return new Transition.Accepted(at(stage(), record(), Sets.union(done(), Set.of(task))));
    }

    /** Moves to the next stage; rejected while required tasks are open or when the process is closed. */
    default Transition advance() {
        if (stage() == MeetingStage.CLOSED) {
            return Transition.rejected(this, Transition.Reason.PROCESS_CLOSED);
        }
        if (!openTasks().isEmpty()) {
            return Transition.rejected(this, Transition.Reason.OPEN_TASKS);
        }
        return new Transition.Accepted(at(stage().next().orElseThrow(), record(), Set.of()));
    }

    /** Records a customer need; allowed at first contact and in the meeting. */
    default Transition recordNeed(String need) {
        Objects.requireNonNull(need, "need must not be null");
        checkArgument(!need.isBlank(), "a need must not be blank");
        if (stage() != MeetingStage.FIRST_CONTACT && stage() != MeetingStage.MEETING) {
            return Transition.rejected(this, Transition.Reason.NOT_ALLOWED_IN_STAGE);
        }
        return new Transition.Accepted(at(stage(), record().withNeed(need), done()));
    }

    /** Records the customer's feedback; allowed in the meeting and in aftercare. */
    default Transition recordFeedback(FeedbackNote note) {
        Objects.requireNonNull(note, "note must not be null");
        if (stage() != MeetingStage.MEETING && stage() != MeetingStage.AFTERCARE) {
            return Transition.rejected(this, Transition.Reason.NOT_ALLOWED_IN_STAGE);
        }
        return new Transition.Accepted(at(stage(), record().withFeedback(note), done()));
    }

    /** Records an agreed follow-up action; allowed only in the meeting. */
    default Transition agreeFollowUp(FollowUp followUp) {
        Objects.requireNonNull(followUp, "followUp must not be null");
        if (stage() != MeetingStage.MEETING) {
            return Transition.rejected(this, Transition.Reason.NOT_ALLOWED_IN_STAGE);
        }
        return new Transition.Accepted(at(stage(), record().withFollowUp(followUp), done()));
    }

    /**
     * The state of a stage with the record and the done tasks.
     *
     * @throws IllegalArgumentException if a done task belongs to another stage
     */
    static MeetingProcess at(MeetingStage stage, MeetingRecord record, Set<MeetingTask> done) {
        return switch (stage) {
            case FIRST_CONTACT -> new FirstContact(record, done);
            case MATERIAL -> new Material(record, done);
            case PREPARATION -> new Preparation(record, done);
            case MEETING -> new Meeting(record, done);
            case AFTERCARE -> new Aftercare(record, done);
            case CLOSED -> new Closed(record);
        };
    }

    private static Set<MeetingTask> tasksOf(MeetingStage stage, Set<MeetingTask> done) {
        Objects.requireNonNull(done, "done must not be null");
        done.forEach(t -> checkArgument(t.stage() == stage, "task %s does not belong to stage %s", t, stage));
        return done.isEmpty() ? Set.of() : ImmutableSet.copyOf(EnumSet.copyOf(done));
    }

    /** Stage 1: first contact by phone — agree the goals, find out the needs. */
    record FirstContact(MeetingRecord record, Set<MeetingTask> done) implements MeetingProcess {
        public FirstContact {
            Objects.requireNonNull(record, "record must not be null");
            done = tasksOf(MeetingStage.FIRST_CONTACT, done);
        }

        @Override
        public MeetingStage stage() {
            return MeetingStage.FIRST_CONTACT;
        }
    }

    /** Stage 2: compile and deliver possible material (both optional). */
    record Material(MeetingRecord record, Set<MeetingTask> done) implements MeetingProcess {
        public Material {
            Objects.requireNonNull(record, "record must not be null");
            done = tasksOf(MeetingStage.MATERIAL, done);
        }

        @Override
        public MeetingStage stage() {
            return MeetingStage.MATERIAL;
        }
    }

    /** Stage 3: summarise the customer data, set goals, compile the meeting material. */
    record Preparation(MeetingRecord record, Set<MeetingTask> done) implements MeetingProcess {
        public Preparation {
            Objects.requireNonNull(record, "record must not be null");
            done = tasksOf(MeetingStage.PREPARATION, done);
        }

        @Override
        public MeetingStage stage() {
            return MeetingStage.PREPARATION;
        }
    }

    /** Stage 4: the meeting — agenda, needs and wishes, development needs and follow-ups. */
    record Meeting(MeetingRecord record, Set<MeetingTask> done) implements MeetingProcess {
        public Meeting {
            Objects.requireNonNull(record, "record must not be null");
            done = tasksOf(MeetingStage.MEETING, done);
        }

        @Override
        public MeetingStage stage() {
            return MeetingStage.MEETING;
        }
    }

    /** Stage 5: aftercare — review in the own team, keep up the relationship as agreed. */
    record Aftercare(MeetingRecord record, Set<MeetingTask> done) implements MeetingProcess {
        public Aftercare {
            Objects.requireNonNull(record, "record must not be null");
            done = tasksOf(MeetingStage.AFTERCARE, done);
        }

        @Override
        public MeetingStage stage() {
            return MeetingStage.AFTERCARE;
        }
    }

    /** The process is finished; the record is final. */
    record Closed(MeetingRecord record) implements MeetingProcess {
        public Closed {
            Objects.requireNonNull(record, "record must not be null");
        }

        @Override
        public Set<MeetingTask> done() {
            return Set.of();
        }

        @Override
        public MeetingStage stage() {
            return MeetingStage.CLOSED;
        }
    }
}
