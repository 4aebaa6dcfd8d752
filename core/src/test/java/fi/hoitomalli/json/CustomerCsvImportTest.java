package fi.hoitomalli.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.InvalidInputException;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.CollectiveAgreement;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.customer.Supervisor;
import org.junit.jupiter.api.Test;

class CustomerCsvImportTest extends CsvImportFixture {

    static final String SECTORS = """
            \uFEFFid,name_fi,name_sv,name_en,service_centre
            SIVI,Sivistystoimi,Bildningsväsendet,Education,true
            KETO,Kaupunkikehitystoimi,Stadsutvecklingssektorn,"Urban development, \"\"KETO\"\"\",false
            """;

    static final String UNITS = """
            id,sector,parent,name,service_centre
            SIVI-PK,SIVI,,Päiväkodit,
            SIVI-PK-01,SIVI,SIVI-PK,Päiväkoti Äimä,inherit
            SIVI-PK-02,SIVI,SIVI-PK,Päiväkoti Öljymäki,not_customer
            KETO-TE,KETO,,Tekniikka,

            KETO-TE-01,KETO,KETO-TE,Katu- ja puisto,customer
            """;

    static final String CUSTOMERS = """
            id,role,name,unit,agreement,language,email,supervisor,managed_units
            P100,supervisor,Maija Meikäläinen,SIVI-PK,KVTES,fi,maija.meikalainen@vantaa.fi,,SIVI-PK;SIVI-PK-01
            P101,employee,"Virtanen, Åsa",SIVI-PK-01,KVTES,sv,,P100,
            P102,employee,Olli Opettaja,SIVI-PK-02,OVTES,FI,olli.opettaja@vantaa.fi,,
            P200,executive,Kaisa Kehittäjä,KETO-TE,KVTES,en,kaisa.kehittaja@vantaa.fi,,
            P201,supervisor,Tero Tekninen,KETO-TE-01,TS,fi,,,KETO-TE-01
            P202,employee,Pekka Puisto,KETO-TE-01,TTES,fi,pekka.puisto@vantaa.fi,P201,
            P203,Employee,Eila Esimiehetön,KETO-TE-01,TS,fi,,P200,
            """;

    @Test
    void validFilesImportTheWholeCustomerBase() {
        ImportResult result = read(SECTORS, UNITS, CUSTOMERS);

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        CustomerBase base = result.orThrow();
        assertThat(base.orgStructure().sectors()).hasSize(2);
        assertThat(base.orgStructure().units()).hasSize(5);
        assertThat(base.size()).isEqualTo(7);
        assertThat(base.customers().stream().filter(c -> c.role() == Role.EMPLOYEE)).hasSize(4);
        assertThat(base.customers().stream().filter(c -> c.role() == Role.SUPERVISOR)).hasSize(2);
        assertThat(base.customers().stream().filter(c -> c.role() == Role.EXECUTIVE)).hasSize(1);
        assertThat(base.customers()).extracting(c -> c.id().value())
                .containsExactly("P100", "P101", "P102", "P200", "P201", "P202", "P203");
    }

    @Test
    void cellsBecomeTheDomainValues() {
        CustomerBase base = read(SECTORS, UNITS, CUSTOMERS).orThrow();

        assertThat(base.orgStructure().sector(new SectorId("KETO")).orElseThrow().name())
                .isEqualTo(new LocalizedText("Kaupunkikehitystoimi", "Stadsutvecklingssektorn",
                        "Urban development, \"KETO\""));
        assertThat(base.orgStructure().isServiceCentreCustomer(new OrgUnitId("SIVI-PK-01"))).isTrue();
        assertThat(base.orgStructure().isServiceCentreCustomer(new OrgUnitId("SIVI-PK-02"))).isFalse();
        assertThat(base.orgStructure().isServiceCentreCustomer(new OrgUnitId("KETO-TE"))).isFalse();
        assertThat(base.orgStructure().isServiceCentreCustomer(new OrgUnitId("KETO-TE-01"))).isTrue();
        assertThat(base.orgStructure().isWithin(new OrgUnitId("SIVI-PK-02"), new OrgUnitId("SIVI-PK"))).isTrue();

        Customer maija = base.find(new CustomerId("P100")).orElseThrow();
        assertThat(maija).isInstanceOf(Supervisor.class);
        assertThat(((Supervisor) maija).managedUnits())
                .containsExactly(new OrgUnitId("SIVI-PK"), new OrgUnitId("SIVI-PK-01"));
        assertThat(maija.email()).contains(new EmailAddress("maija.meikalainen@vantaa.fi"));

        Employee asa = (Employee) base.find(new CustomerId("P101")).orElseThrow();
        assertThat(asa.name()).isEqualTo("Virtanen, Åsa");
        assertThat(asa.language()).isEqualTo(Language.SV);
        assertThat(asa.email()).isEmpty();
        assertThat(asa.supervisor()).contains(new CustomerId("P100"));
        assertThat(base.find(new CustomerId("P102")).orElseThrow().agreement()).isEqualTo(new AgreementCode("OVTES"));
        assertThat(base.find(new CustomerId("P203")).orElseThrow().role()).isEqualTo(Role.EMPLOYEE);
    }

    @Test
    void spacesAroundUnquotedValuesAreTrimmedAndQuotedValuesKept() {
        String customers = """
                id , role ,name,unit,agreement,language,email,supervisor,managed_units
                 P1 , employee , Eero Väli ,SIVI-PK,KVTES, fi ,,," "
                P2,employee," Eero Väli ",SIVI-PK,KVTES,fi,,,
                """;

        ImportResult result = read(SECTORS, UNITS, customers);

        CustomerBase base = result.orThrow();
        assertThat(base.find(new CustomerId("P1")).orElseThrow().name()).isEqualTo("Eero Väli");
        assertThat(base.find(new CustomerId("P2")).orElseThrow().name()).isEqualTo(" Eero Väli ");
    }

    static final String BAD_SECTORS = """
            id,name_fi,name_sv,name_en,service_centre
            SIVI,Sivistystoimi,Bildningsväsendet,Education,true
            KETO,Kaupunkikehitystoimi,,Urban development,maybe
            """;

    static final String BAD_UNITS = """
            id,sector,parent,name,service_centre
            SIVI-PK,SIVI,,Päiväkodit,
            SIVI-X,SOTE,,Sote-yksikkö,
            SIVI-A,SIVI,SIVI-B,Kehä A,
            SIVI-B,SIVI,SIVI-A,Kehä B,
            SIVI-PK,SIVI,,Päiväkodit uudelleen,
            """;

    static final String BAD_CUSTOMERS = """
            id,role,name,unit,agreement,language,email,supervisor,managed_units
            P100,supervisor,Maija Meikäläinen,SIVI-PK,KVTES,fi,maija@vantaa.fi,,SIVI-PK
            P101,employee,Åke Anställd,SIVI-PK,KVTES,de,ake at vantaa,P100,
            P102,employee,Olli Opettaja,SIVI-NOPE,OVTES,fi,,,
            P103,employee,Eeva Ehto,SIVI-PK,XYZ,fi,,,
            P104,employee,Sami Sijainen,SIVI-PK,KVTES,fi,,P999,
            P105,supervisor,Esa Esimies,SIVI-PK,KVTES,fi,,,
            P106,employee,,SIVI-PK,KVTES,fi,,,
            P107,employee,Kalle Kelpo,SIVI-PK,KVTES,fi,,,
            P107,employee,Kalle Kaksoisolento,SIVI-PK,KVTES,fi,,,
            P108,employee,Tiina Työntekijä,SIVI-PK,KVTES,fi,,P107,
            """;

    @Test
    void badRowsRejectTheWholeImportAndEveryBadRowIsReported() {
        ImportResult result = read(BAD_SECTORS, BAD_UNITS, BAD_CUSTOMERS);

        assertThat(result).isInstanceOf(ImportResult.Rejected.class);
        ImportResult.Rejected rejected = (ImportResult.Rejected) result;
        assertThat(rejected.badLines(DirectoryCsvFile.SECTORS)).containsExactly(3);
        assertThat(rejected.badLines(DirectoryCsvFile.UNITS)).containsExactly(3, 4, 5, 6);
        assertThat(rejected.badLines(DirectoryCsvFile.CUSTOMERS)).containsExactly(3, 4, 5, 6, 7, 8, 10, 11);
        assertThat(rejected.violations()).extracting(RowViolation::path, RowViolation::rule).containsExactly(
                tuple("sectors.csv line 3, column name_sv", "jakarta.validation.constraints.NotBlank.message"),
                tuple("sectors.csv line 3, column service_centre", "fi.hoitomalli.json.csv.boolean"),
                tuple("units.csv line 3, column sector", "fi.hoitomalli.json.csv.sector.unknown"),
                tuple("units.csv line 4, column parent", "fi.hoitomalli.json.csv.parent.cycle"),
                tuple("units.csv line 5, column parent", "fi.hoitomalli.json.csv.parent.cycle"),
                tuple("units.csv line 6, column id", "fi.hoitomalli.json.csv.id.duplicate"),
                tuple("customers.csv line 3, column language", "fi.hoitomalli.json.csv.language"),
                tuple("customers.csv line 3, column email", "fi.hoitomalli.json.csv.email"),
                tuple("customers.csv line 4, column unit", "fi.hoitomalli.json.csv.unit.unknown"),
                tuple("customers.csv line 5, column agreement", "fi.hoitomalli.json.csv.agreement.unknown"),
                tuple("customers.csv line 6, column supervisor", "fi.hoitomalli.json.csv.supervisor.unknown"),
                tuple("customers.csv line 7, column managed_units", "fi.hoitomalli.json.csv.managedUnits.required"),
                tuple("customers.csv line 8, column name", "jakarta.validation.constraints.NotBlank.message"),
                tuple("customers.csv line 10, column id", "fi.hoitomalli.json.csv.id.duplicate"),
                tuple("customers.csv line 11, column supervisor",
                        "fi.hoitomalli.json.csv.supervisor.notSupervisor"));
    }

    @Test
    void everyBadRowIsExplainedInFinnishEnglishAndSwedish() {
        ImportResult.Rejected rejected = (ImportResult.Rejected) read(BAD_SECTORS, BAD_UNITS, BAD_CUSTOMERS);
        List<String> finnish = rejected.violations().stream().map(v -> v.describe(Language.FI)).toList();
        List<String> english = rejected.violations().stream().map(v -> v.describe(Language.EN)).toList();
        List<String> swedish = rejected.violations().stream().map(v -> v.describe(Language.SV)).toList();

        assertThat(finnish).contains(
                "sectors.csv, rivi 3, sarake name_sv: on pakollinen",
                "sectors.csv, rivi 3, sarake service_centre: on oltava true tai false (arvo \"maybe\")",
                "units.csv, rivi 3, sarake sector: toimialaa SOTE ei ole tiedostossa sectors.csv",
                "units.csv, rivi 6, sarake id: tunnus SIVI-PK on jo käytössä rivillä 2",
                "customers.csv, rivi 3, sarake email: ei ole kelvollinen sähköpostiosoite (arvo \"ake at vantaa\")",
                "customers.csv, rivi 3, sarake language: on oltava fi, sv tai en (arvo \"de\")",
                "customers.csv, rivi 4, sarake unit: yksikköä SIVI-NOPE ei ole tiedostossa units.csv",
                "customers.csv, rivi 6, sarake supervisor: esimiestä P999 ei ole tiedostossa customers.csv",
                "customers.csv, rivi 11, sarake supervisor: P107 ei ole esimies eikä johtaja");
        assertThat(english).contains(
                "sectors.csv, line 3, column name_sv: is required",
                "units.csv, line 4, column parent: unit SIVI-A is its own ancestor: the parent references form a cycle",
                "customers.csv, line 3, column email: is not a valid e-mail address (value \"ake at vantaa\")",
                "customers.csv, line 5, column agreement: names collective agreement XYZ, which the city does not use",
                "customers.csv, line 7, column managed_units: a supervisor manages at least one unit",
                "customers.csv, line 10, column id: id P107 is already used on line 9");
        assertThat(swedish).contains(
                "customers.csv, rad 3, kolumn email: är inte en giltig e-postadress (värde \"ake at vantaa\")",
                "units.csv, rad 3, kolumn sector: sektorn SOTE finns inte i sectors.csv");
    }

    @Test
    void orThrowReportsEveryViolationAtOnce() {
        ImportResult result = read(BAD_SECTORS, BAD_UNITS, BAD_CUSTOMERS);

        assertThatThrownBy(result::orThrow)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).hasSize(15);
                    assertThat(e.violations().get(0).path()).isEqualTo("sectors.csv line 3, column name_sv");
                    assertThat(e.describe(Language.FI)).contains("customers.csv line 8, column name: on pakollinen");
                });
    }

    @Test
    void oneBadRowImportsNothing() {
        String oneBad = CUSTOMERS + "P300,employee,Väärä Kieli,SIVI-PK,KVTES,ru,,,\n";

        ImportResult result = read(SECTORS, UNITS, oneBad);

        assertThat(result).isInstanceOfSatisfying(ImportResult.Rejected.class, r -> {
            assertThat(r.violations()).hasSize(1);
            assertThat(r.violations().get(0).line()).isEqualTo(9);
            assertThat(r.violations().get(0).column()).isEqualTo("language");
        });
    }

    @Test
    void roleRulesForSupervisorAndManagedUnits() {
        String customers = """
                id,role,name,unit,agreement,language,email,supervisor,managed_units
                P1,executive,Johtaja,SIVI-PK,KVTES,fi,,P2,SIVI-PK
                P2,supervisor,Esimies,SIVI-PK,KVTES,fi,,,SIVI-PK;EI-OLE
                P3,boss,Kuka,SIVI-PK,KVTES,fi,,,
                """;

        ImportResult.Rejected rejected = (ImportResult.Rejected) read(SECTORS, UNITS, customers);

        assertThat(rejected.violations()).extracting(RowViolation::line, RowViolation::column, RowViolation::rule)
                .containsExactly(
                        tuple(2, "supervisor", "fi.hoitomalli.json.csv.supervisor.notAllowed"),
                        tuple(2, "managed_units", "fi.hoitomalli.json.csv.managedUnits.notAllowed"),
                        tuple(3, "managed_units", "fi.hoitomalli.json.csv.managedUnits.unknown"),
                        tuple(4, "role", "fi.hoitomalli.json.csv.role"));
    }

    @Test
    void unitsInAnotherSectorAndUnknownParentsAreRejected() {
        String units = """
                id,sector,parent,name,service_centre
                SIVI-PK,SIVI,,Päiväkodit,
                KETO-TE,KETO,SIVI-PK,Tekniikka,
                KETO-X,KETO,KETO-EI,Muu,sometimes
                """;

        ImportResult.Rejected rejected = (ImportResult.Rejected) read(SECTORS, units,
                CUSTOMERS_HEADER);

        assertThat(rejected.violations()).extracting(RowViolation::line, RowViolation::column, RowViolation::rule)
                .containsExactly(
                        tuple(3, "parent", "fi.hoitomalli.json.csv.parent.otherSector"),
                        tuple(4, "parent", "fi.hoitomalli.json.csv.parent.unknown"),
                        tuple(4, "service_centre", "fi.hoitomalli.json.csv.serviceCentre"));
        assertThat(rejected.violations().get(0).describe(Language.FI))
                .isEqualTo("units.csv, rivi 3, sarake parent: yläyksikkö SIVI-PK kuuluu toiselle toimialalle (SIVI)");
    }

    @Test
    void theCitysOwnAgreementsAreData() {
        CollectiveAgreement own = new CollectiveAgreement(new AgreementCode("VANTAA-HARJ"),
                LocalizedText.same("Vantaan harjoittelijasopimus"));
        String customers = """
                id,role,name,unit,agreement,language,email,supervisor,managed_units
                H1,employee,Harri Harjoittelija,SIVI-PK,VANTAA-HARJ,fi,,,
                """;

        ImportResult withDefaults = read(SECTORS, UNITS, customers);
        ImportResult withOwn = new CustomerCsvImport(validator, List.of(own))
                .read(new StringReader(SECTORS), new StringReader(UNITS), new StringReader(customers));

        assertThat(withDefaults).isInstanceOf(ImportResult.Rejected.class);
        assertThat(withOwn.orThrow().find(new CustomerId("H1")).map(Customer::agreement))
                .isEqualTo(Optional.of(new AgreementCode("VANTAA-HARJ")));
    }

    @Test
    void headerProblemsAreReportedPerColumn() {
        String sectors = "id,name_fi,name_en,colour,name_en\n";

        ImportResult.Rejected rejected = (ImportResult.Rejected) read(sectors, UNITS, CUSTOMERS);

        assertThat(rejected.violations()).extracting(RowViolation::line, RowViolation::rule).containsExactlyInAnyOrder(
                tuple(1, "fi.hoitomalli.json.csv.header.column.unknown"),
                tuple(1, "fi.hoitomalli.json.csv.header.column.duplicate"),
                tuple(1, "fi.hoitomalli.json.csv.header.column.missing"),
                tuple(1, "fi.hoitomalli.json.csv.header.column.missing"),
                // the units name sectors that the rejected file could not provide
                tuple(2, "fi.hoitomalli.json.csv.sector.unknown"),
                tuple(3, "fi.hoitomalli.json.csv.sector.unknown"),
                tuple(4, "fi.hoitomalli.json.csv.sector.unknown"),
                tuple(5, "fi.hoitomalli.json.csv.sector.unknown"),
                tuple(7, "fi.hoitomalli.json.csv.sector.unknown"));
        assertThat(rejected.violations().get(0).describe(Language.EN))
                .startsWith("sectors.csv, line 1: ");
    }

    @Test
    void rowsOfTheWrongWidthBrokenQuotesAndEmptyFilesAreReported() {
        String customers = """
                id,role,name,unit,agreement,language,email,supervisor,managed_units
                P1,employee,Liian Lyhyt,SIVI-PK
                P2,employee,"Avoin lainaus,SIVI-PK,KVTES,fi,,,
                """;

        ImportResult.Rejected rejected = (ImportResult.Rejected) read(SECTORS, "", customers);

        assertThat(rejected.violations()).extracting(RowViolation::file, RowViolation::line, RowViolation::rule)
                .containsExactly(
                        tuple(DirectoryCsvFile.UNITS, 1, "fi.hoitomalli.json.csv.header.missing"),
                        tuple(DirectoryCsvFile.CUSTOMERS, 2, "fi.hoitomalli.json.csv.fields"),
                        tuple(DirectoryCsvFile.CUSTOMERS, 4, "fi.hoitomalli.json.csv.malformed"));
        assertThat(rejected.violations().get(1).describe(Language.FI))
                .isEqualTo("customers.csv, rivi 2: rivillä on 4 kenttää, otsikkorivillä 9");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
