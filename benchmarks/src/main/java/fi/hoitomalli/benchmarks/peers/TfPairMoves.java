package fi.hoitomalli.benchmarks.peers;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The tuned Timefold entry's custom moves (pair-aware): with equal probability (a) move both windows of a
 * substitute pair at once to two random non-overlapping starts, so PH-5 is never broken on the way, or
 * (b) swap the starts of two secretaries of the same unit, which keeps PH-4 coverage unchanged while
 * trading votes. Generic change and swap moves cannot do either in one step.
 */
public class TfPairMoves implements MoveIteratorFactory<TfSchedule, TfPairMoves.SetStarts> {

    private final Map<Integer, List<TfWindow>> byUnit = new HashMap<>();
    private List<TfWindow> all = List.of();

    @Override
    public void phaseStarted(ScoreDirector<TfSchedule> scoreDirector) {
        byUnit.clear();
        all = scoreDirector.getWorkingSolution().getWindows();
        for (TfWindow w : all) {
            byUnit.computeIfAbsent(w.getUnit(), u -> new ArrayList<>()).add(w);
        }
    }

    @Override
    public long getSize(ScoreDirector<TfSchedule> scoreDirector) {
        return (long) all.size() * 16;
    }

    @Override
    public Iterator<SetStarts> createOriginalMoveIterator(ScoreDirector<TfSchedule> scoreDirector) {
        throw new IllegalStateException("TfPairMoves supports only random selection order");
    }

    @Override
    public Iterator<SetStarts> createRandomMoveIterator(ScoreDirector<TfSchedule> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !all.isEmpty();
            }

            @Override
            public SetStarts next() {
                TfWindow a = all.get(random.nextInt(all.size()));
                List<TfWindow> unit = byUnit.get(a.getUnit());
                if (random.nextBoolean() && a.getPair() >= 0) {
                    TfWindow b = unit.stream().filter(w -> w != a && w.getPair() == a.getPair()).findFirst().orElse(a);
                    int k = a.candidateCount();
                    int ca = random.nextInt(k);
                    int cb = random.nextInt(k);
                    return new SetStarts(new TfWindow[] {a, b}, new Integer[] {ca, cb});
                }
                TfWindow b = unit.get(random.nextInt(unit.size()));
                return new SetStarts(new TfWindow[] {a, b}, new Integer[] {b.getStart(), a.getStart()});
            }
        };
    }

    /** Sets the starts of one or two windows at once. */
    public static final class SetStarts extends AbstractMove<TfSchedule> {
        private final TfWindow[] windows;
        private final Integer[] starts;

        SetStarts(TfWindow[] windows, Integer[] starts) {
            this.windows = windows;
            this.starts = starts;
        }

        @Override
        public boolean isMoveDoable(ScoreDirector<TfSchedule> scoreDirector) {
            if (windows[0] == windows[1]) {
                return false;
            }
            for (int i = 0; i < windows.length; i++) {
                if (starts[i] == null || !starts[i].equals(windows[i].getStart())) {
                    return starts[i] != null;
                }
            }
            return false;
        }

        @Override
        protected SetStarts createUndoMove(ScoreDirector<TfSchedule> scoreDirector) {
            Integer[] old = new Integer[windows.length];
            for (int i = 0; i < windows.length; i++) {
                old[i] = windows[i].getStart();
            }
            return new SetStarts(windows, old);
        }

        @Override
        protected void doMoveOnGenuineVariables(ScoreDirector<TfSchedule> scoreDirector) {
            for (int i = 0; i < windows.length; i++) {
                scoreDirector.beforeVariableChanged(windows[i], "start");
                windows[i].setStart(starts[i]);
                scoreDirector.afterVariableChanged(windows[i], "start");
            }
        }

        @Override
        public SetStarts rebase(ScoreDirector<TfSchedule> destination) {
            TfWindow[] other = new TfWindow[windows.length];
            for (int i = 0; i < windows.length; i++) {
                other[i] = destination.lookUpWorkingObject(windows[i]);
            }
            return new SetStarts(other, starts);
        }

        @Override
        public List<Object> getPlanningEntities() {
            return Arrays.asList((Object[]) windows);
        }

        @Override
        public List<Object> getPlanningValues() {
            return Arrays.asList((Object[]) starts);
        }

        @Override
        public String toString() {
            return Arrays.toString(windows) + " -> " + Arrays.toString(starts);
        }
    }
}
