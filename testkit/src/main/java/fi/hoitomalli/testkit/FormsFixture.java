package fi.hoitomalli.testkit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.CareModelAccessPolicy;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.customer.Supervisor;
import fi.hoitomalli.team.ManagementGroup;
import fi.hoitomalli.team.PotAssignment;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.StaffMember;
import fi.hoitomalli.team.SubstitutePair;
import fi.hoitomalli.team.TeamId;

/**
 * A small, fixed service centre for the forms' tests and arbitraries: two sectors (SIVI, SOTE), two
 * teams of four secretaries in two substitute pairs each, a pot per unit, a few customers.
 * <ul>
 * <li>team {@code T-SIVI} (lead {@code L-SIVI}): {@code S-1}/{@code S-2}, {@code S-3}/{@code S-4};
 * pots: {@code U-SIVI-1} → S-1, {@code U-SIVI-2} → S-3;</li>
 * <li>team {@code T-SOTE} (lead {@code L-SOTE}): {@code S-5}/{@code S-6}, {@code S-7}/{@code S-8};
 * pots: {@code U-SOTE-1} → S-5, {@code U-SOTE-2} → S-7;</li>
 * <li>management group: head {@code H-1} and both leads; lawyer {@code LAW-1} is not in it;</li>
 * <li>customers: supervisors {@code C-SUP-1} (U-SIVI-1) and {@code C-SUP-2} (U-SOTE-1), employees
 * {@code C-EMP-1} (U-SIVI-2) and {@code C-EMP-2} (U-SOTE-2).</li>
 * </ul>
 */
public final class FormsFixture {

    /** Team of the SIVI sector. */
    public static final TeamId SIVI_TEAM = new TeamId("T-SIVI");
    /** Team of the SOTE sector. */
    public static final TeamId SOTE_TEAM = new TeamId("T-SOTE");
    /** Sector Sivistystoimi. */
    public static final SectorId SIVI = new SectorId("SIVI");
    /** Sector Sosiaali- ja terveystoimi. */
    public static final SectorId SOTE = new SectorId("SOTE");
    /** The SIVI team lead. */
    public static final StaffId SIVI_LEAD = new StaffId("L-SIVI");
    /** The SOTE team lead. */
    public static final StaffId SOTE_LEAD = new StaffId("L-SOTE");
    /** The HR services manager. */
    public static final StaffId HEAD = new StaffId("H-1");
    /** The labour-market lawyer (not in the management group). */
    public static final StaffId LAWYER = new StaffId("LAW-1");
    /** Supervisor in U-SIVI-1 (S-1's pot). */
    public static final CustomerId SUPERVISOR_SIVI = new CustomerId("C-SUP-1");
    /** Supervisor in U-SOTE-1 (S-5's pot). */
    public static final CustomerId SUPERVISOR_SOTE = new CustomerId("C-SUP-2");
    /** Employee in U-SIVI-2 (S-3's pot). */
    public static final CustomerId EMPLOYEE_SIVI = new CustomerId("C-EMP-1");
    /** Employee in U-SOTE-2 (S-7's pot). */
    public static final CustomerId EMPLOYEE_SOTE = new CustomerId("C-EMP-2");

    private static final AgreementCode KVTES = new AgreementCode("KVTES");

    private FormsFixture() {
    }

    /** Secretary {@code S-n}. */
    public static SecretaryId secretary(int n) {
        return new SecretaryId("S-" + n);
    }

    /** The secretaries of a team, in order. */
    public static List<SecretaryId> membersOf(TeamId team) {
        int first = team.equals(SIVI_TEAM) ? 1 : 5;
        return List.of(secretary(first), secretary(first + 1), secretary(first + 2), secretary(first + 3));
    }

    /** The teams. */
    public static List<TeamId> teams() {
        return List.of(SIVI_TEAM, SOTE_TEAM);
    }

    /** The sector a team serves. */
    public static SectorId sectorOf(TeamId team) {
        return team.equals(SIVI_TEAM) ? SIVI : SOTE;
    }

    /** The customers, by sector: SIVI first. */
    public static List<CustomerId> customers() {
        return List.of(SUPERVISOR_SIVI, EMPLOYEE_SIVI, SUPERVISOR_SOTE, EMPLOYEE_SOTE);
    }

    /** The service centre. */
    public static ServiceCentre centre() {
        List<Secretary> secretaries = new java.util.ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            secretaries.add(new Secretary(secretary(n), "Sihteeri " + n, new EmailAddress("s" + n + "@example.fi"),
                    Language.FI));
        }
        ServiceTeam sivi = new ServiceTeam(SIVI_TEAM, "Sivistys", Set.of(SIVI), SIVI_LEAD, membersOf(SIVI_TEAM),
                List.of(new SubstitutePair(secretary(1), secretary(2)), new SubstitutePair(secretary(3), secretary(4))));
        ServiceTeam sote = new ServiceTeam(SOTE_TEAM, "Sote", Set.of(SOTE), SOTE_LEAD, membersOf(SOTE_TEAM),
                List.of(new SubstitutePair(secretary(5), secretary(6)), new SubstitutePair(secretary(7), secretary(8))));
        ManagementGroup management = new ManagementGroup(staff(HEAD), List.of(staff(SIVI_LEAD), staff(SOTE_LEAD)),
                staff(LAWYER));
        return ServiceCentre.of(List.of(sivi, sote), secretaries, management);
    }

    /** The pots: one unit per pair's first member. */
    public static PotAssignment pots() {
        return new PotAssignment(Map.of(
                new OrgUnitId("U-SIVI-1"), secretary(1), new OrgUnitId("U-SIVI-2"), secretary(3),
                new OrgUnitId("U-SOTE-1"), secretary(5), new OrgUnitId("U-SOTE-2"), secretary(7)));
    }

    /** The customer directory. */
    public static CustomerBase directory() {
        Sector sivi = new Sector(SIVI, new LocalizedText("Sivistystoimi", "Bildningsväsendet", "Education"), true);
        Sector sote = new Sector(SOTE, new LocalizedText("Sosiaali- ja terveystoimi", "Social- och hälsovård",
                "Social and health care"), false);
        OrgStructure org = OrgStructure.of(List.of(sivi, sote), List.of(
                OrgUnit.root(new OrgUnitId("U-SIVI-1"), SIVI, "Koulut"),
                OrgUnit.root(new OrgUnitId("U-SIVI-2"), SIVI, "Kirjastot"),
                OrgUnit.root(new OrgUnitId("U-SOTE-1"), SOTE, "Terveysasemat"),
                OrgUnit.root(new OrgUnitId("U-SOTE-2"), SOTE, "Kotihoito")));
        return CustomerBase.of(org, List.of(
                new Supervisor(SUPERVISOR_SIVI, "Esimies Yksi", new OrgUnitId("U-SIVI-1"), KVTES, Language.FI,
                        Optional.empty(), Set.of(new OrgUnitId("U-SIVI-1"))),
                new Supervisor(SUPERVISOR_SOTE, "Esimies Kaksi", new OrgUnitId("U-SOTE-1"), KVTES, Language.SV,
                        Optional.empty(), Set.of(new OrgUnitId("U-SOTE-1"))),
                new Employee(EMPLOYEE_SIVI, "Työntekijä Yksi", new OrgUnitId("U-SIVI-2"), KVTES, Language.FI,
                        Optional.empty(), Optional.empty()),
                new Employee(EMPLOYEE_SOTE, "Työntekijä Kaksi", new OrgUnitId("U-SOTE-2"), KVTES, Language.FI,
                        Optional.empty(), Optional.empty())));
    }

    /** The care model's access policy (AX-1) over this fixture. */
    public static AccessPolicy accessPolicy(Absences absences, Clock clock) {
        return new CareModelAccessPolicy(centre(), pots(), directory(), absences, WorkingCalendar.vantaaDefault(),
                clock);
    }

    private static StaffMember staff(StaffId id) {
        return new StaffMember(id, "Henkilö " + id.value(), new EmailAddress(id.value().toLowerCase() + "@example.fi"),
                Language.FI);
    }
}
