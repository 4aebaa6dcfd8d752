package fi.hoitomalli.benchmarks.peers;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeFactory;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * Timefold planning entity: the phone window of one secretary in one unit (a weekday, or the week when the
 * start is the same every day). The planning variable is the index of the chosen candidate start.
 * Mutable because Timefold changes it in place; used only inside {@link TimefoldPeer}.
 */
@PlanningEntity
public class TfWindow {

    @PlanningId
    private int id;
    private int unit;
    private int member;
    private int pair;
    private int[] candidates;
    private long[] votes;
    private int window;
    private boolean quietBroken;

    @PlanningVariable(valueRangeProviderRefs = "starts")
    private Integer start;

    /** For Timefold's cloning. */
    public TfWindow() {
    }

    TfWindow(int id, int unit, int member, int pair, int[] candidates, long[] votes, int window, boolean quietBroken) {
        this.id = id;
        this.unit = unit;
        this.member = member;
        this.pair = pair;
        this.candidates = candidates;
        this.votes = votes;
        this.window = window;
        this.quietBroken = quietBroken;
    }

    /** The candidate indexes. */
    @ValueRangeProvider(id = "starts")
    public CountableValueRange<Integer> getStartRange() {
        return ValueRangeFactory.createIntValueRange(0, candidates.length);
    }

    /** Planning id. */
    public int getId() {
        return id;
    }

    /** Global unit number (team × unit). */
    public int getUnit() {
        return unit;
    }

    /** Member index in the team. */
    public int getMember() {
        return member;
    }

    /** Pair number within the unit, -1 when unpaired. */
    public int getPair() {
        return pair;
    }

    /** Whether PH-3 fails for this window whatever its start. */
    public boolean isQuietBroken() {
        return quietBroken;
    }

    /** The chosen candidate index, null before construction. */
    public Integer getStart() {
        return start;
    }

    /** Sets the chosen candidate index. */
    public void setStart(Integer start) {
        this.start = start;
    }

    /** Number of candidate starts. */
    public int candidateCount() {
        return candidates.length;
    }

    /** Start minute of the chosen window. */
    public int startMinute() {
        return candidates[start];
    }

    /** Whether the chosen window covers the slot starting at {@code minute}. */
    public boolean covers(int minute) {
        int s = candidates[start];
        return s <= minute && minute < s + window;
    }

    /** Whether the two chosen windows share a moment. */
    public boolean overlaps(TfWindow other) {
        int a = candidates[start];
        int b = other.candidates[other.start];
        return a < b + other.window && b < a + window;
    }

    /** PH-8 votes inside the chosen window. */
    public long votes() {
        return votes[start];
    }

    @Override
    public String toString() {
        return "w" + id;
    }
}
