package fi.hoitomalli.benchmarks.peers;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeerModelsTest {

    private static final PeerInstance TINY =
            InstanceGenerator.generate(3, "month", "peaked", 7, InstanceGenerator.Breakage.NONE);

    @Test
    void instanceJsonRoundTrips() throws Exception {
        PeerInstance big = InstanceGenerator.generate(10, "year", "bimodal", 3, InstanceGenerator.Breakage.QUIET_TIME);
        assertEquals(big, InstanceJson.fromJson(InstanceJson.toJson(big)));
        assertFalse(big.holidays().isEmpty());
        assertEquals(24, big.payrollDays().size());
    }

    @Test
    void generatorIsDeterministicPerSeed() {
        assertEquals(TINY, InstanceGenerator.generate(3, "month", "peaked", 7, InstanceGenerator.Breakage.NONE));
        assertFalse(TINY.equals(InstanceGenerator.generate(3, "month", "peaked", 8, InstanceGenerator.Breakage.NONE)));
    }

    @Test
    void hardTeamIsTwelveSecretariesInPairsWithMinOnPhoneTwoAndLongDaysDeterministically() {
        PeerInstance tuesday = InstanceGenerator.hardTeam(12, 2, false, "bimodal", 1);
        assertEquals(tuesday, InstanceGenerator.hardTeam(12, 2, false, "bimodal", 1));
        assertFalse(tuesday.equals(InstanceGenerator.hardTeam(12, 2, false, "bimodal", 2)));
        PeerInstance.Team team = tuesday.teams().get(0);
        assertEquals(12, team.secretaries().size());
        assertEquals(6, team.pairs().size());
        assertEquals(2, team.policy().minOnPhone());
        assertFalse(team.policy().sameStartAllWeek());
        assertEquals(18 * 60, team.policy().hours().get(java.time.DayOfWeek.TUESDAY).closesMinute());
        assertEquals(16 * 60, team.policy().hours().get(java.time.DayOfWeek.MONDAY).closesMinute());
        PeerInstance.Team twelve = InstanceGenerator.hardTeam(12, 2, true, "flat", 1).teams().get(0);
        twelve.policy().hours().values().forEach(h -> assertEquals(12 * 60, h.closesMinute() - h.opensMinute()));
        assertFalse(team.votes().isEmpty());
    }

    @Test
    void ph1_ph4_ph5_ph8_oursProvesTheHardTeamAndTheScorerAgrees() {
        PeerInstance hard = InstanceGenerator.hardTeam(12, 2, false, "peaked", 1);
        PeerRun run = new OursPeer().solve(hard, 1, Duration.ofSeconds(60));
        assertEquals("OPTIMAL", run.status());
        assertTrue(run.provenMillis() >= 0 && run.provenMillis() <= run.totalMillis(), run.toString());
        PeerInstance.Team team = hard.teams().get(0);
        TemplateScorer.Verdict verdict = TemplateScorer.score(team, run.plan().teams().get(team.id()));
        assertEquals(Map.of(), verdict.violations());
        assertEquals(run.timeline().get(run.timeline().size() - 1).votes(), verdict.objective());
        // CP-SAT proves the same optimum of the votes
        PeerRun cpSat = new CpSatPeer(1).solve(hard, 1, Duration.ofSeconds(20));
        assertEquals("OPTIMAL", cpSat.status());
        assertEquals(verdict.objective(), TemplateScorer.score(team, cpSat.plan().teams().get(team.id())).objective());
    }

    @Test
    void ph4_ph5_scorerReportsEveryoneAtTheSameTime() {
        PeerInstance.Team team = TINY.teams().get(0);
        List<PeerPlan.Window> windows = new ArrayList<>();
        for (String s : team.secretaries()) {
            team.policy().hours().forEach((day, h) -> windows.add(new PeerPlan.Window(s, day, h.opensMinute(),
                    h.opensMinute() + team.policy().windowMinutes())));
        }
        Map<String, Integer> v = TemplateScorer.score(team, windows).violations();
        assertTrue(v.get("PH-4") > 0, v.toString());
        assertEquals(team.pairs().size() * team.policy().hours().size(), v.get("PH-5"));
    }

    @Test
    void ph1_ph4_ph5_ph8_cpSatFindsAFeasibleTemplateThatTheScorerAccepts() {
        PeerRun run = new CpSatPeer(1, false, true).solve(TINY, 1, Duration.ofSeconds(60));
        assertTrue(List.of("OPTIMAL", "FEASIBLE").contains(run.status()), run.status());
        long objective = 0;
        for (PeerInstance.Team team : TINY.teams()) {
            TemplateScorer.Verdict verdict = TemplateScorer.score(team, run.plan().teams().get(team.id()));
            assertEquals(Map.of(), verdict.violations(), team.id());
            objective += verdict.objective();
        }
        assertEquals(run.timeline().get(run.timeline().size() - 1).votes(), objective);
    }

    @Test
    void ph1_ph4_ph5_ph8_timefoldFindsAFeasibleTemplateThatTheScorerAccepts() {
        for (Peer peer : List.of(new TimefoldPeer(false, true), new TimefoldPeer(true, true))) {
            PeerRun run = peer.solve(TINY, 1, Duration.ofSeconds(60));
            assertEquals("FEASIBLE", run.status(), peer.label());
            long objective = 0;
            for (PeerInstance.Team team : TINY.teams()) {
                TemplateScorer.Verdict verdict = TemplateScorer.score(team, run.plan().teams().get(team.id()));
                assertEquals(Map.of(), verdict.violations(), peer.label() + " " + team.id());
                objective += verdict.objective();
            }
            assertEquals(run.timeline().get(run.timeline().size() - 1).votes(), objective, peer.label());
        }
    }

    @Test
    void ph3_cpSatExplainsQuietTimeInfeasibilityWithTheRuleId() {
        PeerInstance broken = InstanceGenerator.generate(2, "month", "flat", 1, InstanceGenerator.Breakage.QUIET_TIME);
        PeerRun run = new CpSatPeer(1).solve(broken, 1, Duration.ofSeconds(60));
        assertEquals("INFEASIBLE", run.status());
        assertTrue(run.explanation().contains("PH-3"), run.explanation());
    }
}
