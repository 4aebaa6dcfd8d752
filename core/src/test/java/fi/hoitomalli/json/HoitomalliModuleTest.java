package fi.hoitomalli.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.AbsenceKind;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.PayrollRuns;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.customer.Supervisor;
import fi.hoitomalli.team.PotAssignment;
import fi.hoitomalli.team.SecretaryId;
import org.junit.jupiter.api.Test;

class HoitomalliModuleTest {

    private final ObjectMapper mapper = HoitomalliModule.newObjectMapper();

    private static final Sector SIVI = new Sector(new SectorId("SIVI"),
            new LocalizedText("Sivistystoimi", "Bildningsväsendet", "Education"), true);
    private static final OrgUnit ROOT = OrgUnit.root(new OrgUnitId("SIVI-PK"), SIVI.id(), "Päiväkodit");

    @Test
    void serviceLoaderFindsTheModule() {
        assertThat(ServiceLoader.load(Module.class).stream().map(ServiceLoader.Provider::type))
                .contains(HoitomalliModule.class);
    }

    @Test
    void findAndRegisterModulesPicksUpTheModule() throws Exception {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();

        assertThat(found.getRegisteredModuleIds()).contains(new HoitomalliModule().getTypeId());
        assertThat(found.writeValueAsString(new CustomerId("P100"))).isEqualTo("\"P100\"");
        assertThat(found.readValue("\"maija@vantaa.fi\"", EmailAddress.class))
                .isEqualTo(new EmailAddress("maija@vantaa.fi"));
    }

    @Test
    void customersAreWrittenWithTheirTypeAndIdsAsStrings() throws Exception {
        Customer employee = new Employee(new CustomerId("P101"), "Åsa \"Virtanen\"", ROOT.id(),
                new AgreementCode("KVTES"), Language.SV, Optional.empty(), Optional.of(new CustomerId("P100")));

        String json = mapper.writeValueAsString(employee);

        assertThat(json).isEqualTo("{\"type\":\"employee\",\"id\":\"P101\",\"name\":\"Åsa \\\"Virtanen\\\"\","
                + "\"unit\":\"SIVI-PK\",\"agreement\":\"KVTES\",\"language\":\"SV\",\"email\":null,"
                + "\"supervisor\":\"P100\"}");
        assertThat(mapper.readValue(json, Customer.class)).isEqualTo(employee);
    }

    @Test
    void orgStructureIsWrittenAsItsListsAndRebuiltThroughItsFactory() throws Exception {
        OrgUnit child = OrgUnit.child(new OrgUnitId("SIVI-PK-01"), ROOT, "Päiväkoti Äimä");
        OrgStructure org = OrgStructure.of(List.of(SIVI), List.of(ROOT, child));

        String json = mapper.writeValueAsString(org);
        OrgStructure read = mapper.readValue(json, OrgStructure.class);

        assertThat(mapper.readTree(json).fieldNames()).toIterable().containsExactly("sectors", "units");
        assertThat(read.sectors()).isEqualTo(org.sectors());
        assertThat(read.units()).isEqualTo(org.units());
        assertThat(read.isWithin(child.id(), ROOT.id())).isTrue();
    }

    @Test
    void inconsistentStructuresAreRejectedWhenRead() {
        String orphan = "{\"sectors\":[],\"units\":[{\"id\":\"U1\",\"sector\":\"NOPE\",\"parent\":null,"
                + "\"name\":\"Yksikkö\",\"serviceCentre\":\"INHERIT\"}]}";

        assertThatThrownBy(() -> mapper.readValue(orphan, OrgStructure.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("unknown sector NOPE");
        assertThatThrownBy(() -> mapper.readValue("\"has space\"", CustomerId.class))
                .isInstanceOf(DatabindException.class);
    }

    @Test
    void customerBaseRoundTrips() throws Exception {
        OrgStructure org = OrgStructure.of(List.of(SIVI), List.of(ROOT));
        Supervisor boss = new Supervisor(new CustomerId("P100"), "Maija", ROOT.id(), new AgreementCode("KVTES"),
                Language.FI, Optional.of(new EmailAddress("maija@vantaa.fi")), Set.of(ROOT.id()));
        Employee worker = new Employee(new CustomerId("P101"), "Pekka", ROOT.id(), new AgreementCode("TS"),
                Language.EN, Optional.empty(), Optional.of(boss.id()));
        CustomerBase base = CustomerBase.of(org, List.of(boss, worker));

        CustomerBase read = mapper.readValue(mapper.writeValueAsString(base), CustomerBase.class);

        assertThat(read.customers()).containsExactly(boss, worker);
        assertThat(read.orgStructure().units()).isEqualTo(org.units());
    }

    @Test
    void idsAreMapKeysToo() throws Exception {
        PotAssignment assignment = new PotAssignment(Map.of(ROOT.id(), new SecretaryId("S-07")));

        String json = mapper.writeValueAsString(assignment);

        assertThat(json).isEqualTo("{\"owners\":{\"SIVI-PK\":\"S-07\"}}");
        assertThat(mapper.readValue(json, PotAssignment.class)).isEqualTo(assignment);
    }

    @Test
    void calendarTypesRoundTrip() throws Exception {
        Absences absences = Absences.of(List.of(new Absence(new SecretaryId("S-01"), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 5), AbsenceKind.ANNUAL_LEAVE)));
        WorkingCalendar calendar = new WorkingCalendar(WorkingCalendar.HELSINKI,
                new PayrollRuns.Listed(Set.of(LocalDate.of(2027, 3, 10))), Set.of(LocalDate.of(2027, 5, 14)));

        String absencesJson = mapper.writeValueAsString(absences);
        String calendarJson = mapper.writeValueAsString(calendar);

        assertThat(absencesJson).startsWith("{\"absences\":[{\"secretary\":\"S-01\",\"from\":\"2027-03-01\"");
        assertThat(mapper.readValue(absencesJson, Absences.class).all()).isEqualTo(absences.all());
        assertThat(calendarJson).contains("\"payrollRuns\":{\"type\":\"listed\"");
        assertThat(mapper.readValue(calendarJson, WorkingCalendar.class)).isEqualTo(calendar);
    }

    @Test
    void newObjectMapperIsStrictAboutUnknownProperties() {
        assertThatThrownBy(() -> mapper.readValue("{\"absences\":[],\"extra\":1}", Absences.class))
                .isInstanceOf(DatabindException.class);
        assertThat(new Jdk8Module()).isNotNull();
    }
}
