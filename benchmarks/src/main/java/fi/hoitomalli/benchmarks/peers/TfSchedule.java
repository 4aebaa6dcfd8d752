package fi.hoitomalli.benchmarks.peers;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.util.List;

/** Timefold planning solution: every window and slot of an instance. Used only inside {@link TimefoldPeer}. */
@PlanningSolution
public class TfSchedule {

    @ProblemFactCollectionProperty
    private List<TfSlot> slots;
    @PlanningEntityCollectionProperty
    private List<TfWindow> windows;
    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For Timefold's cloning. */
    public TfSchedule() {
    }

    TfSchedule(List<TfSlot> slots, List<TfWindow> windows) {
        this.slots = slots;
        this.windows = windows;
    }

    /** The slots. */
    public List<TfSlot> getSlots() {
        return slots;
    }

    /** The windows. */
    public List<TfWindow> getWindows() {
        return windows;
    }

    /** hard = rule violations, medium = PH-8 votes, soft = −Σ start index (earliest start). */
    public HardMediumSoftLongScore getScore() {
        return score;
    }

    /** Sets the score. */
    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
