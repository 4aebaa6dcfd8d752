package fi.hoitomalli.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.CollectiveAgreement;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerDirectory;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.customer.ServiceCentreStatus;
import fi.hoitomalli.customer.Supervisor;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.reference.VantaaReference;

/** Segments (SEG-1) and audiences (SEG-2) on a small hand-made city and on the Vantaa reference. */
class SegmentTest {

    private static final SectorId EDU = new SectorId("SIVI");
    private static final SectorId CARE = new SectorId("SOTE");
    private static final OrgUnit EDU_ROOT = OrgUnit.root(new OrgUnitId("SIVI-00"), EDU, "Sivistystoimi");
    private static final OrgUnit DAYCARE = OrgUnit.child(new OrgUnitId("SIVI-VAKA"), EDU_ROOT, "Varhaiskasvatus")
            .withServiceCentre(ServiceCentreStatus.CUSTOMER);
    private static final OrgUnit SCHOOL = OrgUnit.child(new OrgUnitId("SIVI-K-1"), EDU_ROOT, "Koulu 1");
    private static final OrgUnit CLINIC = OrgUnit.root(new OrgUnitId("SOTE-TA-1"), CARE, "Terveysasema 1");

    private static final Supervisor PRINCIPAL = new Supervisor(new CustomerId("P1"), "Rehtori", SCHOOL.id(),
            CollectiveAgreement.OVTES.code(), Language.FI, Optional.empty(), Set.of(SCHOOL.id()));
    private static final Supervisor DAYCARE_HEAD = new Supervisor(new CustomerId("P2"), "Johtaja", DAYCARE.id(),
            CollectiveAgreement.KVTES.code(), Language.SV, Optional.empty(), Set.of(DAYCARE.id()));
    private static final Supervisor CHIEF_PHYSICIAN = new Supervisor(new CustomerId("P0"), "Ylilääkäri",
            CLINIC.id(), CollectiveAgreement.LS.code(), Language.FI, Optional.empty(), Set.of(CLINIC.id()));
    private static final Employee TEACHER = new Employee(new CustomerId("E1"), "Opettaja", SCHOOL.id(),
            CollectiveAgreement.OVTES.code(), Language.FI, Optional.empty(), Optional.of(PRINCIPAL.id()));
    private static final Employee TEACHER_2 = new Employee(new CustomerId("E3"), "Opettaja 2", SCHOOL.id(),
            CollectiveAgreement.OVTES.code(), Language.FI, Optional.empty(), Optional.empty());
    private static final Employee NURSE = new Employee(new CustomerId("E2"), "Hoitaja", CLINIC.id(),
            CollectiveAgreement.SOTE.code(), Language.EN, Optional.empty(), Optional.of(CHIEF_PHYSICIAN.id()));

    private static CustomerBase base() {
        OrgStructure org = OrgStructure.of(List.of(new Sector(EDU, LocalizedText.same("Sivistystoimi"), false),
                new Sector(CARE, LocalizedText.same("Sote"), true)), List.of(EDU_ROOT, DAYCARE, SCHOOL, CLINIC));
        return CustomerBase.of(org, List.of(PRINCIPAL, TEACHER, DAYCARE_HEAD, CHIEF_PHYSICIAN, NURSE, TEACHER_2));
    }

    @Test
    void seg1_eachAttributeSelectsItsCustomers() {
        CustomerBase base = base();
        assertThat(new InSector(EDU).members(base)).containsExactly(PRINCIPAL, TEACHER, DAYCARE_HEAD, TEACHER_2);
        assertThat(new InSubtree(DAYCARE.id()).members(base)).containsExactly(DAYCARE_HEAD);
        assertThat(new InSubtree(EDU_ROOT.id()).members(base))
                .containsExactly(PRINCIPAL, TEACHER, DAYCARE_HEAD, TEACHER_2);
        assertThat(new HasRole(Role.EMPLOYEE).members(base)).containsExactly(TEACHER, NURSE, TEACHER_2);
        assertThat(new ServiceCentreCustomer().members(base)).containsExactly(DAYCARE_HEAD, CHIEF_PHYSICIAN, NURSE);
        assertThat(new UnderAgreement(CollectiveAgreement.OVTES.code()).members(base))
                .containsExactly(PRINCIPAL, TEACHER, TEACHER_2);
        assertThat(new SpeaksLanguage(Language.SV).members(base)).containsExactly(DAYCARE_HEAD);
        assertThat(Segment.everyone().count(base)).isEqualTo(6);
        assertThat(Segment.none().count(base)).isZero();
    }

    @Test
    void seg1_segmentsCombineWithAndOrNot() {
        CustomerBase base = base();
        Segment teachersInEducation = new InSector(EDU).and(new UnderAgreement(CollectiveAgreement.OVTES.code()));
        assertThat(teachersInEducation.members(base)).containsExactly(PRINCIPAL, TEACHER, TEACHER_2);
        Segment notServiceCentre = new ServiceCentreCustomer().negate();
        assertThat(notServiceCentre.members(base)).containsExactly(PRINCIPAL, TEACHER, TEACHER_2);
        Segment swedishOrEnglish = new SpeaksLanguage(Language.SV).or(new SpeaksLanguage(Language.EN));
        assertThat(swedishOrEnglish.members(base)).containsExactly(DAYCARE_HEAD, NURSE);
        assertThat(Segment.allOf(new InSector(CARE), new HasRole(Role.SUPERVISOR)).members(base))
                .containsExactly(CHIEF_PHYSICIAN);
    }

    @Test
    void seg1_membershipFollowsTheOrgStructureNotAStoredList() {
        CustomerBase base = base();
        Segment serviceCentre = new ServiceCentreCustomer();
        assertThat(serviceCentre.contains(PRINCIPAL, base.orgStructure())).isFalse();
        OrgStructure schoolsJoin = OrgStructure.of(base.orgStructure().sectors(), List.of(EDU_ROOT, DAYCARE,
                SCHOOL.withServiceCentre(ServiceCentreStatus.CUSTOMER), CLINIC));
        assertThat(serviceCentre.contains(PRINCIPAL, schoolsJoin)).isTrue();
    }

    @Test
    void seg2_audienceIsSupervisorsByDefaultDeduplicatedAndOrderedById() {
        CustomerBase base = base();
        List<Customer> doubled = new ArrayList<>(base.customers());
        doubled.add(0, PRINCIPAL);
        CustomerDirectory withDuplicates = new CustomerDirectory() {
            @Override
            public OrgStructure orgStructure() {
                return base.orgStructure();
            }

            @Override
            public Optional<Customer> find(CustomerId id) {
                return base.find(id);
            }

            @Override
            public List<Customer> customers() {
                return doubled;
            }

            @Override
            public List<Customer> inUnit(OrgUnitId unit) {
                return base.inUnit(unit);
            }
        };
        assertThat(Audience.of(Segment.everyone()).resolve(withDuplicates))
                .containsExactly(CHIEF_PHYSICIAN, PRINCIPAL, DAYCARE_HEAD);
        assertThat(Audience.allRolesOf(new InSector(EDU)).resolve(withDuplicates))
                .containsExactly(TEACHER, TEACHER_2, PRINCIPAL, DAYCARE_HEAD);
    }

    @Test
    void seg2_aMessageAboutEmployeesReachesTheirSupervisorsOnce() {
        CustomerBase base = base();
        Segment teachers = new HasRole(Role.EMPLOYEE).and(new UnderAgreement(CollectiveAgreement.OVTES.code()));
        // TEACHER names the principal; TEACHER_2 names nobody and is reached through her unit's manager.
        assertThat(Audience.of(teachers).resolve(base)).containsExactly(PRINCIPAL);
        assertThat(Audience.allRolesOf(teachers).resolve(base)).containsExactly(TEACHER, TEACHER_2);
        Segment care = new InSector(CARE);
        assertThat(Audience.of(care).resolve(base)).containsExactly(CHIEF_PHYSICIAN);
    }

    @Test
    void seg1_sectorRoleAgreementCountsAgreeWithTheSegments() {
        ReferenceCity city = VantaaReference.city();
        SegmentCounts cube = SegmentCounts.bySectorRoleAgreement(city.customerBase());
        assertThat(cube.total()).isEqualTo(11_416);
        assertThat(cube.counts()).hasSize(6 * 3 * 6);
        Segment teacherSupervisors = SegmentCounts.cell(VantaaReference.SIVI, Role.SUPERVISOR,
                CollectiveAgreement.OVTES.code());
        assertThat(cube.count(teacherSupervisors)).hasValue(teacherSupervisors.count(city.customerBase()));
        SegmentCounts slow = SegmentCounts.of(city.customerBase(),
                cube.counts().stream().map(SegmentCount::segment).toList());
        assertThat(slow).isEqualTo(cube);
    }
}
