package fi.hoitomalli.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import fi.hoitomalli.common.InvalidInputException;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Employee;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the files hold, the import reports instead of throwing, names the real files and the bad
 * values, and keeps its report small.
 */
class CustomerCsvImportIntegrityTest extends CsvImportFixture {

    static final String SECTORS = """
            id,name_fi,name_sv,name_en,service_centre
            SIVI,Sivistystoimi,Bildningsväsendet,Education,true
            KETO,Kaupunkikehitystoimi,Stadsutvecklingssektorn,Urban development,false
            """;

    static final String UNITS = """
            id,sector,parent,name,service_centre
            SIVI-PK,SIVI,,Päiväkodit,
            SIVI-PK-01,SIVI,SIVI-PK,Päiväkoti Äimä,inherit
            KETO-TE,KETO,,Tekniikka,
            """;

    static final String CUSTOMERS = """
            id,role,name,unit,agreement,language,email,supervisor,managed_units
            P100,supervisor,Maija Meikäläinen,SIVI-PK,KVTES,fi,maija@vantaa.fi,,SIVI-PK;SIVI-PK-01
            P101,employee,Åsa Virtanen,SIVI-PK-01,KVTES,sv,,P100,
            P200,executive,Kaisa Kehittäjä,KETO-TE,KVTES,en,,,
            """;

    private static ImportResult.Rejected rejected(String sectors, String units, String customers) {
        ImportResult result = read(sectors, units, customers);
        assertThat(result).isInstanceOf(ImportResult.Rejected.class);
        return (ImportResult.Rejected) result;
    }

    private static List<Tuple> places(ImportResult.Rejected rejected) {
        return rejected.violations().stream().map(v -> tuple(v.file(), v.line(), v.column())).distinct().toList();
    }

    @Test
    void theBaseFilesImport() {
        assertThat(read(SECTORS, UNITS, CUSTOMERS).orThrow().size()).isEqualTo(3);
    }

    // --- ids with Unicode white space or invisible characters are reported, not thrown --------------------

    static Stream<Arguments> oddCharacters() {
        return Stream.of("\u2028", "\u001F", "\u3000", "\u2003").map(Arguments::of);
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("oddCharacters")
    void aCustomerIdWithAnOddCharacterIsReportedOnItsCell(String odd) {
        String customers = CUSTOMERS.replace("P200,", "P2" + odd + "00,");

        ImportResult.Rejected rejected = rejected(SECTORS, UNITS, customers);

        assertThat(places(rejected)).containsExactly(tuple(DirectoryCsvFile.CUSTOMERS, 4, "id"));
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("oddCharacters")
    void aUnitIdWithAnOddCharacterIsReportedOnItsCellAndWhereItIsNamed(String odd) {
        String units = UNITS + "KETO" + odd + "X,KETO,KETO-TE,Uusi,\n";
        String customers = CUSTOMERS + "P300,employee,Eero Esimerkki,KETO" + odd + "X,KVTES,fi,,,\n";

        ImportResult.Rejected rejected = rejected(SECTORS, units, customers);

        assertThat(places(rejected)).containsExactly(
                tuple(DirectoryCsvFile.UNITS, 5, "id"),
                tuple(DirectoryCsvFile.CUSTOMERS, 5, "unit"));
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("oddCharacters")
    void aSectorIdWithAnOddCharacterIsReportedOnItsCellAndWhereItIsNamed(String odd) {
        String sectors = SECTORS + "SO" + odd + "TE,Sote,Vård,Health,false\n";
        String units = UNITS + "SOTE-1,SO" + odd + "TE,,Terveysasema,\n";

        ImportResult.Rejected rejected = rejected(sectors, units, CUSTOMERS);

        assertThat(places(rejected)).containsExactly(
                tuple(DirectoryCsvFile.SECTORS, 4, "id"),
                tuple(DirectoryCsvFile.UNITS, 5, "sector"));
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("oddCharacters")
    void aSupervisorCellNamingAnIdWithAnOddCharacterIsReported(String odd) {
        String customers = CUSTOMERS
                + "S" + odd + "1,supervisor,Sanna Esimies,KETO-TE,KVTES,fi,,,KETO-TE\n"
                + "P301,employee,Pekka Puisto,KETO-TE,KVTES,fi,,S" + odd + "1,\n";

        ImportResult.Rejected rejected = rejected(SECTORS, UNITS, customers);

        assertThat(places(rejected)).containsExactly(
                tuple(DirectoryCsvFile.CUSTOMERS, 5, "id"),
                tuple(DirectoryCsvFile.CUSTOMERS, 6, "supervisor"));
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("oddCharacters")
    void parentAndManagedUnitCellsNamingAnIdWithAnOddCharacterAreReported(String odd) {
        String units = UNITS + "KETO" + odd + "X,KETO,KETO-TE,Uusi,\n" + "KETO-Y,KETO,KETO" + odd + "X,Alempi,\n";
        String customers = CUSTOMERS + "S2,supervisor,Sanna Esimies,KETO-TE,KVTES,fi,,,KETO-TE;KETO" + odd + "X\n";

        ImportResult.Rejected rejected = rejected(SECTORS, units, customers);

        assertThat(places(rejected)).containsExactly(
                tuple(DirectoryCsvFile.UNITS, 5, "id"),
                tuple(DirectoryCsvFile.UNITS, 6, "parent"),
                tuple(DirectoryCsvFile.CUSTOMERS, 5, "managed_units"));
    }

    @Test
    void anOddCharacterIsShownVisiblyInTheMessage() {
        String customers = CUSTOMERS.replace("P200,", "P2\u300000,");

        ImportResult.Rejected rejected = rejected(SECTORS, UNITS, customers);

        // the id rules (the row's constraints or the id's constructor) name the character by its code point
        assertThat(rejected.violations().get(0).describe(Language.EN))
                .startsWith("customers.csv, line 4, column id: ").contains("U+3000");
    }

    @Test
    void namesOfOnlyUnicodeWhiteSpaceAreReportedOnTheirCells() {
        String sectors = SECTORS.replace("Stadsutvecklingssektorn", "\"\u3000\"");
        String units = UNITS.replace("Tekniikka", "\u2003");
        String customers = CUSTOMERS.replace("Kaisa Kehittäjä", "\u2028");

        ImportResult.Rejected rejected = rejected(sectors, units, customers);

        assertThat(places(rejected)).containsExactly(
                tuple(DirectoryCsvFile.SECTORS, 3, "name_sv"),
                tuple(DirectoryCsvFile.UNITS, 4, "name"),
                tuple(DirectoryCsvFile.CUSTOMERS, 4, "name"));
    }

    // --- the file's shape ---------------------------------------------------------------------------------

    @Test
    void aByteOrderMarkBeforeAQuotedHeaderIsIgnored() {
        String sectors = "\uFEFF\"id\",\"name_fi\",\"name_sv\",\"name_en\",\"service_centre\"\n"
                + "\"SIVI\",\"Sivistystoimi\",\"Bildningsväsendet\",\"Education\",\"true\"\n"
                + "KETO,Kaupunkikehitystoimi,Stadsutvecklingssektorn,Urban development,false\n";

        ImportResult result = read(sectors, UNITS, CUSTOMERS);

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
    }

    @Test
    void aRowOfOnlySeparatorsOrBlankCellsIsReportedAsAnEmptyRow() {
        String customers = CUSTOMERS + ",,,,,,,,\n" + "\n" + "\" \",,\"\u3000\",,,,,,\n" + ",,\n";

        ImportResult.Rejected rejected = rejected(SECTORS, UNITS, customers);

        assertThat(rejected.violations()).extracting(RowViolation::line, RowViolation::column, RowViolation::rule)
                .containsExactly(
                        tuple(5, "", "fi.hoitomalli.json.csv.row.empty"),
                        tuple(7, "", "fi.hoitomalli.json.csv.row.empty"),
                        tuple(8, "", "fi.hoitomalli.json.csv.row.empty"));
        assertThat(rejected.violations().get(0).describe(Language.FI))
                .isEqualTo("customers.csv, rivi 5: rivi on tyhjä: siinä on vain erottimia tai tyhjiä kenttiä");
    }

    @Test
    void anEmptyLineIsStillSkipped() {
        assertThat(read(SECTORS, UNITS + "\n\n", CUSTOMERS + "\n")).isInstanceOf(ImportResult.Imported.class);
    }

    @Test
    void textThatIsNotUtf8IsReported() {
        byte[] bytes = (CUSTOMERS + "P9,employee,Virhe ").getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(bytes, bytes.length + 3);
        broken[bytes.length] = (byte) 0xC3; // a lead byte followed by an invalid one
        broken[bytes.length + 1] = (byte) 0x28;
        broken[bytes.length + 2] = '\n';
        Reader strict = new InputStreamReader(new ByteArrayInputStream(broken), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));

        ImportResult result = new CustomerCsvImport(validator)
                .read(new StringReader(SECTORS), new StringReader(UNITS), strict);

        assertThat(result).isInstanceOfSatisfying(ImportResult.Rejected.class, r -> assertThat(r.violations())
                .extracting(RowViolation::file, RowViolation::rule)
                .containsExactly(tuple(DirectoryCsvFile.CUSTOMERS, "fi.hoitomalli.json.csv.encoding")));
    }

    @Test
    void aValueLongerThanTheLimitIsReportedAsMalformed() {
        String customers = CUSTOMERS + "P9,employee,\"" + "x".repeat(CsvTable.MAX_VALUE_LENGTH + 1) + "\",,,,,,\n";

        ImportResult.Rejected rejected = rejected(SECTORS, UNITS, customers);

        assertThat(rejected.violations()).extracting(RowViolation::rule)
                .containsExactly("fi.hoitomalli.json.csv.malformed");
    }

    // --- the report names the real files and the bad values -----------------------------------------------

    @Test
    void violationsNameTheFilesAsTheyWereHandedIn() {
        String units = UNITS + "KETO-X,SOTE,KETO-EI,Muu,\n";
        String customers = CUSTOMERS + "P9,employee,Eero,SIVI-NOPE,KVTES,fi,,P999,\n";

        ImportResult result = new CustomerCsvImport(validator).read(
                new CsvInput("hr-sektorit.csv", new StringReader(SECTORS)),
                new CsvInput("hr-yksikot.csv", new StringReader(units)),
                new CsvInput("hr-henkilot-2025.csv", new StringReader(customers)));

        ImportResult.Rejected rejected = (ImportResult.Rejected) result;
        assertThat(rejected.violations()).extracting(RowViolation::fileName).containsOnly("hr-yksikot.csv",
                "hr-henkilot-2025.csv");
        assertThat(rejected.violations()).extracting(v -> v.describe(Language.EN)).containsExactly(
                "hr-yksikot.csv, line 5, column sector: sector SOTE is not in hr-sektorit.csv",
                "hr-yksikot.csv, line 5, column parent: parent unit KETO-EI is not in hr-yksikot.csv",
                "hr-henkilot-2025.csv, line 5, column unit: org unit SIVI-NOPE is not in hr-yksikot.csv",
                "hr-henkilot-2025.csv, line 5, column supervisor: supervisor P999 is not in hr-henkilot-2025.csv");
        assertThat(rejected.violations().get(0).path()).isEqualTo("hr-yksikot.csv line 5, column sector");
    }

    @Test
    void unknownReferencesNameTheBadValue() {
        String units = UNITS + "KETO-X,SOTE,KETO-EI,Muu,\n";
        String customers = CUSTOMERS
                + "P9,employee,Eero,SIVI-NOPE,XYZ,fi,,P999,\n"
                + "S9,supervisor,Sanna,KETO-TE,KVTES,fi,,,KETO-TE;EI-1;EI-2\n";

        ImportResult.Rejected rejected = rejected(SECTORS, units, customers);

        assertThat(rejected.violations()).extracting(v -> v.describe(Language.FI)).containsExactly(
                "units.csv, rivi 5, sarake sector: toimialaa SOTE ei ole tiedostossa sectors.csv",
                "units.csv, rivi 5, sarake parent: yläyksikköä KETO-EI ei ole tiedostossa units.csv",
                "customers.csv, rivi 5, sarake unit: yksikköä SIVI-NOPE ei ole tiedostossa units.csv",
                "customers.csv, rivi 5, sarake agreement: viittaa virka- tai työehtosopimukseen XYZ, jota kaupunki "
                        + "ei käytä",
                "customers.csv, rivi 5, sarake supervisor: esimiestä P999 ei ole tiedostossa customers.csv",
                "customers.csv, rivi 6, sarake managed_units: viittaa yksiköihin, joita ei ole tiedostossa units.csv: "
                        + "EI-1;EI-2");
    }

    @Test
    void cellRulesShowTheBadValueInEveryLanguage() {
        String customers = CUSTOMERS + "P9,employee,Eero,SIVI-PK,KVTES,ru,,,\n";

        RowViolation violation = rejected(SECTORS, UNITS, customers).violations().get(0);

        assertThat(violation.message().fi()).isEqualTo("on oltava fi, sv tai en (arvo \"ru\")");
        assertThat(violation.message().sv()).isEqualTo("måste vara fi, sv eller en (värde \"ru\")");
        assertThat(violation.message().en()).isEqualTo("must be fi, sv or en (value \"ru\")");
    }

    // --- the report stays small ---------------------------------------------------------------------------

    /** Three violations per row: role, language and e-mail. */
    private static String badRows(int count, int firstNumber) {
        return IntStream.range(firstNumber, firstNumber + count)
                .mapToObj(i -> "B" + i + ",boss,Nimi,SIVI-PK,KVTES,ru,x,,\n").collect(Collectors.joining());
    }

    @Test
    void onlyTheFirstViolationsAreListedAndEveryOneIsCounted() {
        String customers = CUSTOMERS + badRows(1500, 0);

        ImportResult.Rejected rejected = rejected(SECTORS, UNITS, customers);

        assertThat(rejected.violations()).hasSize(CustomerCsvImport.MAX_LISTED_VIOLATIONS);
        assertThat(rejected.total()).isEqualTo(4500);
        assertThat(rejected.omitted()).isEqualTo(3500);
        assertThat(rejected.countsByRule()).isEqualTo(Map.of(
                "fi.hoitomalli.json.csv.role", 1500L,
                "fi.hoitomalli.json.csv.language", 1500L,
                "fi.hoitomalli.json.csv.email", 1500L));
        // the first 1000 in file order: lines 5 to 337 in full, the first of line 338
        assertThat(rejected.violations().get(0)).extracting(RowViolation::line, RowViolation::column)
                .containsExactly(5, "role");
        assertThat(rejected.violations().get(999)).extracting(RowViolation::line, RowViolation::column)
                .containsExactly(338, "role");
        assertThat(rejected.violations()).isSortedAccordingTo(BoundedViolations.ORDER);
    }

    @Test
    void crossRowViolationsFoundLastAreStillListedInTheirPlace() {
        // the unknown supervisor on line 5 is found after the whole file was read
        String customers = CUSTOMERS + "P9,employee,Eero,SIVI-PK,KVTES,fi,,P999,\n" + badRows(1500, 0);

        ImportResult.Rejected rejected = rejected(SECTORS, UNITS, customers);

        assertThat(rejected.violations().get(0)).extracting(RowViolation::line, RowViolation::rule)
                .containsExactly(5, "fi.hoitomalli.json.csv.supervisor.unknown");
        assertThat(rejected.total()).isEqualTo(4501);
    }

    @Test
    void orThrowSaysHowManyWereLeftOut() {
        ImportResult result = read(SECTORS, UNITS, CUSTOMERS + badRows(400, 0));

        assertThatThrownBy(result::orThrow).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.violations()).hasSize(CustomerCsvImport.MAX_LISTED_VIOLATIONS + 1);
            assertThat(e.violations().get(CustomerCsvImport.MAX_LISTED_VIOLATIONS).message().en())
                    .isEqualTo("200 more violations are not listed (1200 in all)");
        });
    }

    @Test
    void aReportOfEveryViolationCountsThemByRule() {
        RowViolation one = new RowViolation(DirectoryCsvFile.UNITS, 2, "id", "r1", LocalizedText.same("x"));
        ImportResult.Rejected rejected = new ImportResult.Rejected(List.of(one, one));

        assertThat(rejected.total()).isEqualTo(2);
        assertThat(rejected.omitted()).isZero();
        assertThat(rejected.countsByRule()).isEqualTo(Map.of("r1", 2L));
        assertThat(one.fileName()).isEqualTo("units.csv");
    }

    @Test
    void anImportedCustomerKeepsItsSupervisor() {
        assertThat(read(SECTORS, UNITS, CUSTOMERS).orThrow().find(new CustomerId("P101")).orElseThrow())
                .isInstanceOfSatisfying(Employee.class,
                        e -> assertThat(e.supervisor()).contains(new CustomerId("P100")));
    }

}
