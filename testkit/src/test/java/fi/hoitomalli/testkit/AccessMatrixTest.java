package fi.hoitomalli.testkit;

import static fi.hoitomalli.testkit.FormsFixture.secretary;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.ReadScope;
import fi.hoitomalli.access.RecordKind;
import fi.hoitomalli.access.Resource;
import fi.hoitomalli.access.SummaryScope;
import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.AbsenceKind;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.SecretaryId;

/**
 * AX-1 as a matrix: every kind of actor × every kind of record, summary and plan, including substitution.
 * The record is S-1's (team T-SIVI) about supervisor C-SUP-1 of S-1's pot, sector SIVI.
 */
class AccessMatrixTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final Resource.Record RECORD = new Resource.Record(RecordKind.SITUATION, FormsFixture.SIVI_TEAM,
            secretary(1), Optional.of(FormsFixture.SUPERVISOR_SIVI), Optional.of(FormsFixture.SIVI));

    /** Columns: situation, feedback, feedback status, summary of all, of T-SIVI, of SIVI, SIVI plan, SIVI plan summary. */
    private static final List<Resource> COLUMNS = List.of(RECORD, RECORD.as(RecordKind.FEEDBACK),
            RECORD.as(RecordKind.FEEDBACK_STATUS), new Resource.Summary(new SummaryScope.Everything()),
            new Resource.Summary(new SummaryScope.OfTeam(FormsFixture.SIVI_TEAM)),
            new Resource.Summary(new SummaryScope.OfSector(FormsFixture.SIVI)),
            new Resource.AccountPlan(FormsFixture.SIVI), new Resource.AccountPlanSummary(FormsFixture.SIVI));

    private static Map<Actor, String> expected() {
        Map<Actor, String> rows = new LinkedHashMap<>();
        rows.put(new Actor.Secretary(secretary(1)), "xxx.....");
        rows.put(new Actor.Secretary(secretary(2)), "........");
        rows.put(new Actor.Secretary(secretary(3)), "........");
        rows.put(new Actor.Secretary(secretary(5)), "........");
        rows.put(new Actor.Secretary(new fi.hoitomalli.team.SecretaryId("S-99")), "........");
        rows.put(new Actor.TeamLead(FormsFixture.SIVI_LEAD), "xxx.x...");
        rows.put(new Actor.TeamLead(FormsFixture.SOTE_LEAD), "........");
        rows.put(new Actor.TeamLead(FormsFixture.HEAD), "........");
        rows.put(new Actor.ManagementGroup(FormsFixture.HEAD), "xxxxxxxx");
        rows.put(new Actor.ManagementGroup(FormsFixture.SOTE_LEAD), "xxxxxxxx");
        rows.put(new Actor.ManagementGroup(FormsFixture.LAWYER), "........");
        rows.put(new Actor.SectorHrUnit(FormsFixture.SIVI), ".....xxx");
        rows.put(new Actor.SectorHrUnit(FormsFixture.SOTE), "........");
        rows.put(new Actor.SectorHrUnit(new SectorId("NONE")), "........");
        rows.put(new Actor.Supervisor(FormsFixture.SUPERVISOR_SIVI), "..x....x");
        rows.put(new Actor.Supervisor(FormsFixture.SUPERVISOR_SOTE), "........");
        rows.put(new Actor.Supervisor(FormsFixture.EMPLOYEE_SIVI), "........");
        rows.put(new Actor.Supervisor(new CustomerId("C-NONE")), "........");
        return rows;
    }

    private static String row(AccessPolicy policy, Actor actor) {
        StringBuilder out = new StringBuilder();
        for (Resource column : COLUMNS) {
            out.append(policy.mayRead(actor, column) ? 'x' : '.');
        }
        return out.toString();
    }

    private static AccessPolicy policy(Absences absences) {
        return FormsFixture.accessPolicy(absences, SituationReportsContract.CLOCK);
    }

    @Test
    void ax1_everyActorTimesEveryResourceWithoutAbsences() {
        AccessPolicy policy = policy(Absences.none());
        List<String> mismatches = new ArrayList<>();
        expected().forEach((actor, want) -> {
            String got = row(policy, actor);
            if (!got.equals(want)) {
                mismatches.add(actor + ": expected " + want + " got " + got);
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void ax1_partnerReadsThePotWhileSubstitutingALongAbsence() {
        Absence longOne = new Absence(secretary(1), TODAY, TODAY.plusDays(4), AbsenceKind.ANNUAL_LEAVE);
        AccessPolicy policy = policy(Absences.of(List.of(longOne)));
        assertThat(row(policy, new Actor.Secretary(secretary(2)))).isEqualTo("xxx.....");
        assertThat(policy.decide(new Actor.Secretary(secretary(2)), RECORD).basis()).isEqualTo("substituting for S-1");
        // Only the partner substitutes; the rest of the team does not gain access.
        assertThat(row(policy, new Actor.Secretary(secretary(3)))).isEqualTo("........");
        // The absent secretary's own access is unchanged.
        assertThat(row(policy, new Actor.Secretary(secretary(1)))).isEqualTo("xxx.....");
    }

    @Test
    void ax1_shortAbsenceIsNotSubstitutedSoOpensNothing() {
        Absence shortOne = new Absence(secretary(1), TODAY, TODAY.plusDays(1), AbsenceKind.SICK_LEAVE);
        assertThat(row(policy(Absences.of(List.of(shortOne))), new Actor.Secretary(secretary(2)))).isEqualTo("........");
    }

    @Test
    void ax1_substitutionEndsWithTheAbsence() {
        Absence past = new Absence(secretary(1), TODAY.minusDays(10), TODAY.minusDays(1), AbsenceKind.TRAINING);
        Absence future = new Absence(secretary(1), TODAY.plusDays(1), TODAY.plusDays(10), AbsenceKind.TRAINING);
        assertThat(row(policy(Absences.of(List.of(past, future))), new Actor.Secretary(secretary(2))))
                .isEqualTo("........");
    }

    @Test
    void ax1_theOwnerOfTheCustomersPotReadsRecordsOthersMadeAboutIt() {
        Resource.Record aboutS3sCustomer = new Resource.Record(RecordKind.FEEDBACK, FormsFixture.SIVI_TEAM,
                secretary(1), Optional.of(FormsFixture.EMPLOYEE_SIVI), Optional.of(FormsFixture.SIVI));
        AccessPolicy policy = policy(Absences.none());
        assertThat(policy.mayRead(new Actor.Secretary(secretary(3)), aboutS3sCustomer)).isTrue();
        assertThat(policy.mayRead(new Actor.Secretary(secretary(1)), aboutS3sCustomer)).isTrue();
        assertThat(policy.mayRead(new Actor.Secretary(secretary(4)), aboutS3sCustomer)).isFalse();
        Absence s3away = new Absence(secretary(3), TODAY, TODAY.plusDays(7), AbsenceKind.SICK_LEAVE);
        assertThat(policy(Absences.of(List.of(s3away))).mayRead(new Actor.Secretary(secretary(4)), aboutS3sCustomer))
                .isTrue();
    }

    @Test
    void ax1_readScopesOfTheFixtureNameTheOwnPotTheTeamOrEverything() {
        AccessPolicy policy = policy(Absences.none());
        assertThat(policy.readScope(new Actor.Secretary(secretary(1)), RecordKind.FEEDBACK)).isEqualTo(
                ReadScope.anyOf(Set.of(), Set.of(secretary(1)), Set.of(FormsFixture.SUPERVISOR_SIVI), Set.of()));
        assertThat(policy.readScope(new Actor.Secretary(secretary(2)), RecordKind.SITUATION))
                .isEqualTo(ReadScope.anyOf(Set.of(), Set.of(secretary(2)), Set.of(), Set.of()));
        assertThat(policy.readScope(new Actor.Secretary(new SecretaryId("S-99")), RecordKind.SITUATION))
                .isEqualTo(ReadScope.nothing());
        assertThat(policy.readScope(new Actor.TeamLead(FormsFixture.SIVI_LEAD), RecordKind.SITUATION))
                .isEqualTo(ReadScope.anyOf(Set.of(FormsFixture.SIVI_TEAM), Set.of(), Set.of(), Set.of()));
        assertThat(policy.readScope(new Actor.TeamLead(FormsFixture.HEAD), RecordKind.FEEDBACK))
                .isEqualTo(ReadScope.nothing());
        assertThat(policy.readScope(new Actor.ManagementGroup(FormsFixture.HEAD), RecordKind.FEEDBACK))
                .isEqualTo(ReadScope.everything());
        assertThat(policy.readScope(new Actor.ManagementGroup(FormsFixture.LAWYER), RecordKind.FEEDBACK))
                .isEqualTo(ReadScope.nothing());
        for (RecordKind kind : RecordKind.values()) {
            assertThat(policy.readScope(new Actor.SectorHrUnit(FormsFixture.SIVI), kind)).isEqualTo(ReadScope.nothing());
        }
        Actor supervisor = new Actor.Supervisor(FormsFixture.SUPERVISOR_SIVI);
        assertThat(policy.readScope(supervisor, RecordKind.FEEDBACK_STATUS))
                .isEqualTo(ReadScope.anyOf(Set.of(), Set.of(), Set.of(FormsFixture.SUPERVISOR_SIVI), Set.of()));
        assertThat(policy.readScope(supervisor, RecordKind.FEEDBACK)).isEqualTo(ReadScope.nothing());
        assertThat(policy.readScope(new Actor.Supervisor(FormsFixture.EMPLOYEE_SIVI), RecordKind.FEEDBACK_STATUS))
                .isEqualTo(ReadScope.nothing());
    }

    @Test
    void ax1_aSubstitutesScopeAddsThePartnersRecordsAndPotOnlyDuringALongAbsence() {
        Absence longOne = new Absence(secretary(1), TODAY, TODAY.plusDays(4), AbsenceKind.ANNUAL_LEAVE);
        assertThat(policy(Absences.of(List.of(longOne))).readScope(new Actor.Secretary(secretary(2)),
                RecordKind.FEEDBACK)).isEqualTo(ReadScope.anyOf(Set.of(), Set.of(secretary(2), secretary(1)),
                Set.of(FormsFixture.SUPERVISOR_SIVI), Set.of()));
        Absence shortOne = new Absence(secretary(1), TODAY, TODAY.plusDays(1), AbsenceKind.SICK_LEAVE);
        assertThat(policy(Absences.of(List.of(shortOne))).readScope(new Actor.Secretary(secretary(2)),
                RecordKind.FEEDBACK)).isEqualTo(ReadScope.anyOf(Set.of(), Set.of(secretary(2)), Set.of(), Set.of()));
    }

    @Test
    void ax1_denyAllDeniesEverything() {
        AccessPolicy deny = AccessPolicy.denyAll();
        expected().keySet().forEach(actor -> assertThat(row(deny, actor)).isEqualTo("........"));
    }
}
