package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.plan.AccountPlanEditor;
import fi.hoitomalli.plan.AccountPlanVersion;
import fi.hoitomalli.plan.ActionId;
import fi.hoitomalli.plan.ActionStatus;
import fi.hoitomalli.plan.PlanDiff;
import fi.hoitomalli.plan.RollOver;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AccountPlanEditorTest {

    private static final SectorId SIVI = new SectorId("SIVI");
    private static final Year Y2027 = Year.of(2027);
    private final InMemoryAccountPlans plans = new InMemoryAccountPlans();
    private final MutableClock clock = MutableClock.at(Instant.parse("2027-01-10T08:00:00Z"), ZoneId.of("Europe/Helsinki"));
    private final AccountPlanEditor editor = new AccountPlanEditor(plans, clock);

    @Test
    void section6_everyChangeIsANewVersionWithAuthorTimeAndReason() {
        AccountPlanVersion v1 = editor.create(SamplePlans.sivistystoimi2027(), "Unit head", "written by the management group");
        clock.advance(Duration.ofDays(61));
        AccountPlanVersion v2 = editor.change(v1,
                p -> p.withActionStatus(SamplePlans.FIRST_ACTION, ActionStatus.IN_PROGRESS),
                "Lead T1", "updated in account team meeting of 12 March");
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.changedAt()).isEqualTo(Instant.parse("2027-03-12T08:00:00Z"));
        assertThat(v2.reason()).isEqualTo("updated in account team meeting of 12 March");
        assertThat(plans.history(SIVI, Y2027)).containsExactly(v1, v2);
        assertThat(plans.current(SIVI, Y2027)).contains(v2);
    }

    @Test
    void section6_diffBetweenTwoVersionsIsReadable() {
        AccountPlanVersion v1 = editor.create(SamplePlans.sivistystoimi2027(), "Unit head", "created");
        AccountPlanVersion v2 = editor.change(v1, p -> p.withActionStatus(SamplePlans.FIRST_ACTION, ActionStatus.DONE),
                "Lead T1", "done");
        editor.change(v2, p -> p.withActionStatus(SamplePlans.SECOND_ACTION, ActionStatus.DROPPED), "Lead T1", "dropped");
        PlanDiff diff = editor.diff(SIVI, Y2027, 1, 3);
        assertThat(diff.describe()).isEqualTo(
                "~ development.actions[A-1].status: \"PLANNED\" → \"DONE\"\n"
                        + "~ development.actions[A-2].status: \"IN_PROGRESS\" → \"DROPPED\"");
        assertThat(editor.diff(SIVI, Y2027, 3, 3).none()).isTrue();
        assertThatThrownBy(() -> editor.diff(SIVI, Y2027, 1, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void section6_aChangeBasedOnAStaleVersionFailsAndNothingIsLost() {
        AccountPlanVersion v1 = editor.create(SamplePlans.sivistystoimi2027(), "Unit head", "created");
        AccountPlanVersion mine = editor.change(v1, p -> p.withActionStatus(SamplePlans.FIRST_ACTION, ActionStatus.DONE),
                "Lead T1", "mine");
        assertThatThrownBy(() -> editor.change(v1,
                p -> p.withActionStatus(SamplePlans.SECOND_ACTION, ActionStatus.DONE), "Secretary", "theirs"))
                .isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("account plan SIVI/2027");
        assertThat(plans.history(SIVI, Y2027)).containsExactly(v1, mine);
        AccountPlanVersion retried = editor.change(plans.current(SIVI, Y2027).orElseThrow(),
                p -> p.withActionStatus(SamplePlans.SECOND_ACTION, ActionStatus.DONE), "Secretary", "theirs, merged");
        assertThat(retried.plan().development().actions()).allSatisfy(a ->
                assertThat(a.status()).isEqualTo(ActionStatus.DONE));
    }

    @Test
    void aChangeMayNotMoveThePlan() {
        AccountPlanVersion v1 = editor.create(SamplePlans.sivistystoimi2027(), "Unit head", "created");
        assertThatThrownBy(() -> editor.change(v1, p -> AccountPlan.empty(new SectorId("SOTE"), Y2027), "x", "y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(plans.history(SIVI, Y2027)).hasSize(1);
    }

    @Test
    void section6_rollOverStartsNextYearFromThisYearsCurrentVersion() {
        AccountPlanVersion v1 = editor.create(SamplePlans.sivistystoimi2027(), "Unit head", "created");
        editor.change(v1, p -> p.withActionStatus(SamplePlans.FIRST_ACTION, ActionStatus.DONE), "Lead T1", "done");
        clock.set(Instant.parse("2027-12-20T10:00:00Z"));
        RollOver rollOver = editor.rollOver(SIVI, Y2027, "Unit head");
        AccountPlanVersion next = plans.current(SIVI, Year.of(2028)).orElseThrow();
        assertThat(next.version()).isEqualTo(1);
        assertThat(next.reason()).isEqualTo("rolled over from 2027 version 2");
        assertThat(next.plan()).isEqualTo(rollOver.next());
        assertThat(next.plan().development().actions()).extracting(a -> a.id())
                .containsExactly(new ActionId("A-2"));
        assertThat(next.plan().development().goal(SamplePlans.FEEDBACK_GOAL).orElseThrow().baseline()).isEqualTo(61.5);
        assertThatThrownBy(() -> editor.rollOver(SIVI, Y2027, "Unit head")).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> editor.rollOver(new SectorId("SOTE"), Y2027, "Unit head"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
