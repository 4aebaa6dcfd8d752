package fi.hoitomalli.clock;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.common.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceTest {

    private static final TemplateId AT_SIVI = new TemplateId("AT-SIVI");
    private final AnnualClock clock = VantaaFixture.clock2027();

    private static ActivityRecord rec(String date, ActivityStatus status) {
        return new ActivityRecord(AT_SIVI, LocalDate.parse(date), status);
    }

    private CadenceCheck sivi(List<ActivityRecord> records, String asOf) {
        return Compliance.check(clock, records, LocalDate.parse(asOf)).stream()
                .filter(c -> c.template().equals(AT_SIVI)).findFirst().orElseThrow();
    }

    @Test
    void section5_oneOfThreeToFourHeldTwoPlannedIsAtRisk() {
        CadenceCheck check = sivi(List.of(rec("2027-02-11", ActivityStatus.HELD),
                rec("2027-05-20", ActivityStatus.CANCELLED), rec("2027-09-16", ActivityStatus.PLANNED),
                rec("2027-11-18", ActivityStatus.PLANNED)), "2027-06-01");
        assertThat(check.held()).isEqualTo(1);
        assertThat(check.planned()).isEqualTo(2);
        assertThat(check.verdict()).isEqualTo(CadenceCheck.Verdict.AT_RISK);
        assertThat(check.summary().in(Language.EN))
                .isEqualTo("Education, account team meeting: 1 of 3–4 held, 2 planned — at risk");
        assertThat(check.summary().in(Language.FI))
                .isEqualTo("Sivistystoimi, asiakkuustiimin kokous: pidetty 1/3–4, suunniteltu 2 — vaarassa");
        assertThat(check.summary().in(Language.SV))
                .isEqualTo("Bildningsväsendet, kundteamets möte: 1 av 3–4 hållna, 2 planerade — i fara");
    }

    @Test
    void section5_threeHeldMeetsTheCadence() {
        CadenceCheck check = sivi(List.of(rec("2027-02-11", ActivityStatus.HELD),
                rec("2027-05-20", ActivityStatus.HELD), rec("2027-09-16", ActivityStatus.HELD)), "2027-10-01");
        assertThat(check.verdict()).isEqualTo(CadenceCheck.Verdict.MET);
    }

    @Test
    void section5_tooFewLeftPlannedIsMissedAndPastPlansDoNotCount() {
        CadenceCheck check = sivi(List.of(rec("2027-02-11", ActivityStatus.HELD),
                rec("2027-05-20", ActivityStatus.PLANNED), rec("2027-11-18", ActivityStatus.PLANNED)), "2027-06-01");
        assertThat(check.planned()).isEqualTo(1);
        assertThat(check.verdict()).isEqualTo(CadenceCheck.Verdict.MISSED);
    }

    @Test
    void recordsOfOtherYearsAndTemplatesAreIgnored() {
        List<ActivityRecord> records = new ArrayList<>();
        records.add(rec("2026-12-10", ActivityStatus.HELD));
        records.add(new ActivityRecord(new TemplateId("AT-SOTE"), LocalDate.parse("2027-03-03"), ActivityStatus.HELD));
        assertThat(sivi(records, "2027-01-02").held()).isZero();
    }

    @Test
    void theGeneratedPlanMeetsEveryCadenceIfHeld() {
        List<CadenceCheck> checks = Compliance.check(clock, ActivityRecord.plannedFrom(clock), LocalDate.of(2027, 1, 1));
        assertThat(checks).hasSize(clock.templates().size());
        assertThat(checks).allSatisfy(c -> assertThat(c.verdict()).isIn(CadenceCheck.Verdict.AT_RISK,
                CadenceCheck.Verdict.MET));
        assertThat(checks).filteredOn(c -> c.cadence().min() == 0).allSatisfy(c ->
                assertThat(c.verdict()).isEqualTo(CadenceCheck.Verdict.MET));
    }
}
