package fi.hoitomalli.benchmarks.peers;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryScorerTest {

    private static final PeerInstance TINY =
            InstanceGenerator.generate(3, "month", "peaked", 7, InstanceGenerator.Breakage.NONE);

    @Test
    void ph1_to_ph8_oursIsProvenAndPassesTheValidatorOnTheExpandedPlan() {
        PeerRun ours = new OursPeer().solve(TINY, 0, Duration.ZERO);
        assertEquals("OPTIMAL", ours.status());
        PlanScorer.Score score = new LibraryScorer().score(TINY, ours.plan());
        assertEquals(Map.of(), score.violations());
        assertEquals(TINY.teams().size(), score.teamsScheduled());
        assertEquals(ours.timeline().get(0).votes(), score.objective());
    }

    @Test
    void ph4_ph5_theValidatorCatchesWhatThePeersMustNotDo() {
        PeerInstance.Team team = TINY.teams().get(0);
        List<PeerPlan.Window> together = new java.util.ArrayList<>();
        for (String s : team.secretaries()) {
            team.policy().hours().forEach((day, h) -> together.add(new PeerPlan.Window(s, day, h.opensMinute(),
                    h.opensMinute() + team.policy().windowMinutes())));
        }
        PeerInstance one = new PeerInstance("one", 0, 1, TINY.horizon(), TINY.profile(), TINY.from(), TINY.to(),
                TINY.holidays(), TINY.payrollDays(), List.of(team), true, "");
        PlanScorer.Score score = new LibraryScorer().score(one, new PeerPlan(Map.of(team.id(), together)));
        assertTrue(score.violations().containsKey("PH-4"), score.violations().toString());
        assertTrue(score.violations().containsKey("PH-5"), score.violations().toString());
    }

    @Test
    void ph8_bothScorersAgreeOnTheObjectiveOfACpSatTemplate() {
        PeerRun run = new CpSatPeer(1, false, true).solve(TINY, 1, Duration.ofSeconds(60));
        long template = PlanScorer.template().score(TINY, run.plan()).objective();
        assertEquals(template, new LibraryScorer().score(TINY, run.plan()).objective());
        assertEquals(0, new LibraryScorer().score(TINY, run.plan()).hard());
    }

    @Test
    void ph3_ph4_oursExplainsTheBrokenTeamsWithRuleIds() {
        PeerInstance mixed = InstanceGenerator.generate(4, "month", "flat", 1, InstanceGenerator.Breakage.MIXED);
        PeerRun ours = new OursPeer().solve(mixed, 0, Duration.ZERO);
        assertEquals("INFEASIBLE", ours.status());
        assertTrue(ours.explanation().contains("t000 PH-4"), ours.explanation());
        assertEquals(1, ours.plan().teams().size());
    }
}
