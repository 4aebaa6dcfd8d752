package fi.hoitomalli.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.common.LocalizedText;

/** The org-unit tree and the inheritance of the service-centre status (SEG-1, docs/rules.md). */
class OrgStructureTest {

    private static final SectorId EDU = new SectorId("SIVI");
    private static final SectorId CARE = new SectorId("SOTE");
    private static final OrgUnit EDU_ROOT = OrgUnit.root(new OrgUnitId("SIVI-00"), EDU, "Sivistystoimi");
    private static final OrgUnit DAYCARE = OrgUnit.child(new OrgUnitId("SIVI-VAKA"), EDU_ROOT, "Varhaiskasvatus")
            .withServiceCentre(ServiceCentreStatus.CUSTOMER);
    private static final OrgUnit KINDERGARTEN = OrgUnit.child(new OrgUnitId("SIVI-PK-1"), DAYCARE, "Päiväkoti 1");
    private static final OrgUnit SCHOOLS = OrgUnit.child(new OrgUnitId("SIVI-PO"), EDU_ROOT, "Perusopetus");
    private static final OrgUnit SCHOOL = OrgUnit.child(new OrgUnitId("SIVI-K-1"), SCHOOLS, "Koulu 1");
    private static final OrgUnit CARE_ROOT = OrgUnit.root(new OrgUnitId("SOTE-00"), CARE, "Sote");
    private static final OrgUnit ELDERLY = OrgUnit.child(new OrgUnitId("SOTE-VANH"), CARE_ROOT, "Vanhuspalvelut")
            .withServiceCentre(ServiceCentreStatus.NOT_CUSTOMER);
    private static final OrgUnit HOME = OrgUnit.child(new OrgUnitId("SOTE-PT-1"), ELDERLY, "Palvelutalo 1");
    private static final OrgUnit CLINIC = OrgUnit.child(new OrgUnitId("SOTE-TA-1"), CARE_ROOT, "Terveysasema 1");

    private static OrgStructure org() {
        return OrgStructure.of(List.of(new Sector(EDU, LocalizedText.same("Sivistystoimi"), false),
                        new Sector(CARE, LocalizedText.same("Sote"), true)),
                List.of(EDU_ROOT, DAYCARE, KINDERGARTEN, SCHOOLS, SCHOOL, CARE_ROOT, ELDERLY, HOME, CLINIC));
    }

    @Test
    void seg1_serviceCentreStatusIsInheritedFromTheSectorDownTheTree() {
        OrgStructure org = org();
        assertThat(org.isServiceCentreCustomer(EDU_ROOT.id())).isFalse();
        assertThat(org.isServiceCentreCustomer(SCHOOLS.id())).isFalse();
        assertThat(org.isServiceCentreCustomer(SCHOOL.id())).isFalse();
        assertThat(org.isServiceCentreCustomer(CARE_ROOT.id())).isTrue();
        assertThat(org.isServiceCentreCustomer(CLINIC.id())).isTrue();
    }

    @Test
    void seg1_anOverrideHoldsForTheUnitAndIsInheritedBelowIt() {
        OrgStructure org = org();
        assertThat(org.isServiceCentreCustomer(DAYCARE.id())).isTrue();
        assertThat(org.isServiceCentreCustomer(KINDERGARTEN.id())).isTrue();
        assertThat(org.isServiceCentreCustomer(ELDERLY.id())).isFalse();
        assertThat(org.isServiceCentreCustomer(HOME.id())).isFalse();
    }

    @Test
    void seg1_subtreesAndTheirMembership() {
        OrgStructure org = org();
        assertThat(org.subtree(EDU_ROOT.id())).extracting(OrgUnit::id)
                .containsExactly(EDU_ROOT.id(), DAYCARE.id(), KINDERGARTEN.id(), SCHOOLS.id(), SCHOOL.id());
        assertThat(org.isWithin(KINDERGARTEN.id(), DAYCARE.id())).isTrue();
        assertThat(org.isWithin(KINDERGARTEN.id(), EDU_ROOT.id())).isTrue();
        assertThat(org.isWithin(SCHOOL.id(), DAYCARE.id())).isFalse();
        assertThat(org.isWithin(DAYCARE.id(), KINDERGARTEN.id())).isFalse();
        assertThat(org.isWithin(HOME.id(), EDU_ROOT.id())).isFalse();
        assertThat(org.children(EDU_ROOT.id())).containsExactly(DAYCARE, SCHOOLS);
        assertThat(org.roots(CARE)).containsExactly(CARE_ROOT);
        assertThat(org.sectorOf(HOME.id())).isEqualTo(CARE);
    }

    @Test
    void treeIsCheckedOnConstruction() {
        Sector edu = new Sector(EDU, LocalizedText.same("Sivistystoimi"), false);
        OrgUnit orphan = new OrgUnit(new OrgUnitId("X"), EDU, Optional.of(new OrgUnitId("NOPE")), "X",
                ServiceCentreStatus.INHERIT);
        assertThatThrownBy(() -> OrgStructure.of(List.of(edu), List.of(orphan)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown parent");
        OrgUnit a = new OrgUnit(new OrgUnitId("A"), EDU, Optional.of(new OrgUnitId("B")), "A",
                ServiceCentreStatus.INHERIT);
        OrgUnit b = new OrgUnit(new OrgUnitId("B"), EDU, Optional.of(new OrgUnitId("A")), "B",
                ServiceCentreStatus.INHERIT);
        assertThatThrownBy(() -> OrgStructure.of(List.of(edu), List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
        OrgUnit careChild = new OrgUnit(new OrgUnitId("C"), CARE, Optional.of(EDU_ROOT.id()), "C",
                ServiceCentreStatus.INHERIT);
        assertThatThrownBy(() -> OrgStructure.of(List.of(edu, new Sector(CARE, LocalizedText.same("S"), true)),
                List.of(EDU_ROOT, careChild))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parent");
    }
}
