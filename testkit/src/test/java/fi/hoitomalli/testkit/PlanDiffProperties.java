package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.plan.PlanChange;
import fi.hoitomalli.plan.PlanDiff;
import fi.hoitomalli.plan.RollOver;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class PlanDiffProperties {

    @Property(tries = 100)
    void aPlanDiffersFromItselfInNothing(@ForAll AccountPlan plan) {
        assertThat(PlanDiff.between(plan, plan).none()).isTrue();
    }

    @Property(tries = 100)
    void diffIsEmptyExactlyForEqualPlansAndSymmetricInSize(@ForAll AccountPlan a, @ForAll AccountPlan b) {
        PlanDiff forward = PlanDiff.between(a, b);
        assertThat(forward.none()).isEqualTo(a.equals(b));
        assertThat(PlanDiff.between(b, a).changes()).hasSameSizeAs(forward.changes());
        for (PlanChange change : forward.changes()) {
            assertThat(change.before()).isNotEqualTo(change.after());
        }
    }

    @Property(tries = 100)
    void rollOverConservesActionsAndKeepsNoMeasurement(@ForAll AccountPlan plan) {
        RollOver rollOver = RollOver.of(plan);
        assertThat(rollOver.closed().size() + rollOver.carried().size())
                .isEqualTo(plan.development().actions().size());
        assertThat(rollOver.carried()).allSatisfy(a -> assertThat(a.status().open()).isTrue());
        assertThat(rollOver.closed()).allSatisfy(a -> assertThat(a.status().open()).isFalse());
        assertThat(rollOver.next().development().goals()).allSatisfy(g -> assertThat(g.current()).isEmpty());
        assertThat(rollOver.next().year()).isEqualTo(plan.year().plusYears(1));
    }
}
