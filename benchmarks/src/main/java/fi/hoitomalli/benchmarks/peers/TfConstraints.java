package fi.hoitomalli.benchmarks.peers;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/** The rules PH-3, PH-4, PH-5 (hard) and PH-8 (medium votes, soft earliest start) as Timefold constraint streams. */
public class TfConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {uncovered(f), underCovered(f), pairsOverlap(f), quietTime(f), votes(f), earliest(f)};
    }

    private static Constraint uncovered(ConstraintFactory f) {
        return f.forEach(TfSlot.class)
                .ifNotExists(TfWindow.class, Joiners.equal(TfSlot::unit, TfWindow::getUnit),
                        Joiners.filtering((s, w) -> w.covers(s.minute())))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, TfSlot::minOnPhone)
                .asConstraint("PH-4");
    }

    private static Constraint underCovered(ConstraintFactory f) {
        return f.forEach(TfSlot.class).filter(s -> s.minOnPhone() > 1)
                .join(TfWindow.class, Joiners.equal(TfSlot::unit, TfWindow::getUnit),
                        Joiners.filtering((s, w) -> w.covers(s.minute())))
                .groupBy((s, w) -> s, ConstraintCollectors.countBi())
                .filter((s, on) -> on < s.minOnPhone())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (s, on) -> s.minOnPhone() - on)
                .asConstraint("PH-4 (minOnPhone > 1)");
    }

    private static Constraint pairsOverlap(ConstraintFactory f) {
        return f.forEachUniquePair(TfWindow.class, Joiners.equal(TfWindow::getUnit), Joiners.equal(TfWindow::getPair))
                .filter((a, b) -> a.getPair() >= 0 && a.overlaps(b))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("PH-5");
    }

    private static Constraint quietTime(ConstraintFactory f) {
        return f.forEach(TfWindow.class).filter(TfWindow::isQuietBroken)
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("PH-3");
    }

    private static Constraint votes(ConstraintFactory f) {
        return f.forEach(TfWindow.class)
                .rewardLong(HardMediumSoftLongScore.ONE_MEDIUM, TfWindow::votes)
                .asConstraint("PH-8 votes");
    }

    private static Constraint earliest(ConstraintFactory f) {
        return f.forEach(TfWindow.class)
                .penalize(HardMediumSoftLongScore.ONE_SOFT, TfWindow::getStart)
                .asConstraint("PH-8 earliest start");
    }
}
