package fi.hoitomalli.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.json.HoitomalliModule;
import org.junit.jupiter.api.Test;

class CustomerSnapshotTest {

    private static CustomerBase base() {
        Sector sivi = new Sector(new SectorId("SIVI"), new LocalizedText("Sivistystoimi", "Bildningsväsendet",
                "Education"), true);
        OrgUnit root = OrgUnit.root(new OrgUnitId("SIVI-1"), sivi.id(), "Päiväkoti \"Åkerö\" 😀");
        OrgUnit child = OrgUnit.child(new OrgUnitId("SIVI-1-1"), root, "Koulu O'Brien")
                .withServiceCentre(ServiceCentreStatus.NOT_CUSTOMER);
        Supervisor boss = new Supervisor(new CustomerId("S1"), "Märta Öhman", root.id(), new AgreementCode("KVTES"),
                Language.SV, Optional.of(new EmailAddress("marta.ohman@vantaa.fi")), Set.of(root.id(), child.id()));
        Employee employee = new Employee(new CustomerId("E1"), "Jääskeläinen", child.id(), new AgreementCode("OVTES"),
                Language.FI, Optional.empty(), Optional.of(boss.id()));
        Executive chief = new Executive(new CustomerId("X1"), "Chief", root.id(), new AgreementCode("KVTES"),
                Language.EN, Optional.empty());
        return CustomerBase.of(OrgStructure.of(List.of(sivi), List.of(child, root)), List.of(employee, boss, chief));
    }

    @Test
    void takenAtIsKeptToTheMicrosecond() {
        CustomerSnapshot snapshot = new CustomerSnapshot("import", Instant.parse("2026-11-27T10:15:30.123456789Z"),
                base());
        assertThat(snapshot.takenAt()).isEqualTo(Instant.parse("2026-11-27T10:15:30.123456Z"));
    }

    @Test
    void labelMustBeShortAndNotBlank() {
        Instant at = Instant.parse("2026-11-27T10:15:30Z");
        assertThatThrownBy(() -> new CustomerSnapshot(" ", at, base())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustomerSnapshot("x".repeat(CustomerSnapshot.MAX_LABEL_LENGTH + 1), at, base()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CustomerSnapshot("x".repeat(CustomerSnapshot.MAX_LABEL_LENGTH), at, base()).label())
                .hasSize(CustomerSnapshot.MAX_LABEL_LENGTH);
        assertThatThrownBy(() -> new CustomerSnapshot(null, at, base())).isInstanceOf(NullPointerException.class)
                .hasMessage("label must not be null");
    }

    @Test
    void takenAtMustBeWithinStorableYears() {
        assertThatThrownBy(() -> new CustomerSnapshot("x", Instant.parse("1899-12-31T23:59:59Z"), base()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustomerSnapshot("x", Instant.parse("+10000-01-01T00:00:00Z"), base()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CustomerSnapshot("x", Instant.parse("1900-01-01T00:00:00Z"), base()).takenAt())
                .isEqualTo(Instant.parse("1900-01-01T00:00:00Z"));
    }

    @Test
    void snapshotRoundTripsThroughJson() throws Exception {
        ObjectMapper mapper = HoitomalliModule.newObjectMapper();
        CustomerSnapshot snapshot = new CustomerSnapshot("SAP-HR \"yö\" ajo", Instant.parse("2026-11-27T01:02:03.5Z"),
                base());
        String json = mapper.writeValueAsString(snapshot);
        CustomerSnapshot back = mapper.readValue(json, CustomerSnapshot.class);
        assertThat(back.label()).isEqualTo(snapshot.label());
        assertThat(back.takenAt()).isEqualTo(snapshot.takenAt());
        assertThat(back.base().orgStructure().sectors()).isEqualTo(snapshot.base().orgStructure().sectors());
        assertThat(back.base().orgStructure().units()).isEqualTo(snapshot.base().orgStructure().units());
        assertThat(back.base().customers()).isEqualTo(snapshot.base().customers());
        assertThat(json).contains("\"type\":\"supervisor\"");
    }

    @Test
    void jsonOfAnInconsistentBaseIsRejected() {
        ObjectMapper mapper = HoitomalliModule.newObjectMapper();
        String json = "{\"orgStructure\":{\"sectors\":[],\"units\":[]},\"customers\":[{\"type\":\"executive\",\"id\":\"X\",\"name\":\"n\","
                + "\"unit\":\"NOPE\",\"agreement\":\"KVTES\",\"language\":\"FI\",\"email\":null}]}";
        assertThatThrownBy(() -> mapper.readValue(json, CustomerBase.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class)
                .hasMessageContaining("unknown unit");
    }
}
