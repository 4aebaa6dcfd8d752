package fi.hoitomalli.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.customer.CustomerId;

/**
 * The directory CSV rows under the text policy: ids with any white space or invisible character, names
 * with control characters and names of nothing visible are reported as row violations (never thrown from
 * a constructor, never imported to fail later in a database).
 */
class CsvTextPolicyTest extends CsvImportFixture {

    private static final String SECTORS = SIVI_SECTOR;
    private static final String UNITS = """
            id,sector,parent,name,service_centre
            SIVI-PK,SIVI,,Päiväkodit,
            """;

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"2028, whiteSpace", "001F, whiteSpace", "3000, whiteSpace", "2003, whiteSpace",
            "00A0, whiteSpace", "200B, invisible", "FEFF, invisible", "0000, control", "0085, control"})
    void anIdWithUnicodeWhiteSpaceOrAnInvisibleCharacterIsARowViolation(String hex, String problem) {
        String c = Character.toString(Integer.parseInt(hex, 16));
        String sectors = SECTORS + "KE" + c + "TO,Kaupunkikehitys,Stadsutveckling,Urban development,false\n";
        String units = UNITS + "SIVI" + c + "X,SIVI,,Koulut,\nSIVI-Y,SI" + c + "VI,SIVI" + c + "X,Lukiot,\n";
        String customers = CUSTOMERS_HEADER
                + "P" + c + "1,employee,Maija,SIVI-PK,KVTES,fi,,,\n"
                + "P2,employee,Olli,SIVI" + c + "PK,KV" + c + "TES,fi,,P" + c + "1,\n"
                + "P3,supervisor,Esa,SIVI-PK,KVTES,fi,,,SIVI-PK;SIVI" + c + "X\n";

        ImportResult result = read(sectors, units, customers);

        String key = "fi.hoitomalli.common.text." + problem;
        assertThat(result).isInstanceOfSatisfying(ImportResult.Rejected.class, rejected -> assertThat(
                rejected.violations()).extracting(RowViolation::file, RowViolation::line, RowViolation::column,
                        RowViolation::rule).contains(
                tuple(DirectoryCsvFile.SECTORS, 3, "id", key),
                tuple(DirectoryCsvFile.UNITS, 3, "id", key),
                tuple(DirectoryCsvFile.UNITS, 4, "sector", key),
                tuple(DirectoryCsvFile.UNITS, 4, "parent", key),
                tuple(DirectoryCsvFile.CUSTOMERS, 2, "id", key),
                tuple(DirectoryCsvFile.CUSTOMERS, 3, "unit", key),
                tuple(DirectoryCsvFile.CUSTOMERS, 3, "agreement", key),
                tuple(DirectoryCsvFile.CUSTOMERS, 3, "supervisor", key),
                tuple(DirectoryCsvFile.CUSTOMERS, 4, "managed_units", "fi.hoitomalli.json.csv.managedUnits.invalid")));
    }

    @Test
    void theViolationNamesTheCharacterAndItsPosition() {
        ImportResult.Rejected rejected = (ImportResult.Rejected) read(SECTORS, UNITS,
                CUSTOMERS_HEADER + "P\u20281,employee,Maija,SIVI-PK,KVTES,fi,,,\n");

        assertThat(rejected.violations()).singleElement().satisfies(v -> {
            assertThat(v.describe(Language.EN)).isEqualTo("customers.csv, line 2, column id: "
                    + "must not contain spaces or other white space (U+2028 at position 2)");
            assertThat(v.describe(Language.FI)).isEqualTo("customers.csv, rivi 2, sarake id: "
                    + "ei saa sisältää välilyöntejä eikä muita tyhjiä merkkejä (U+2028 kohdassa 2)");
        });
    }

    @Test
    void namesWithControlCharactersOrNothingVisibleAreRowViolations() {
        String sectors = SECTORS + "KETO,\u200B,Stadsutveckling,Urban\u0000development,false\n";
        String units = UNITS + "SIVI-X,SIVI,,Koulut\tja lukiot,\n";
        String customers = CUSTOMERS_HEADER + "P1,employee,nul\u0000byte,SIVI-PK,KVTES,fi,,,\n"
                + "P2,employee,\u00A0,SIVI-PK,KVTES,fi,,,\n"
                + "P3,employee,\"Maija\nMeikäläinen\",SIVI-PK,KVTES,fi,,,\n";

        ImportResult.Rejected rejected = (ImportResult.Rejected) read(sectors, units, customers);

        assertThat(rejected.violations()).extracting(RowViolation::file, RowViolation::line, RowViolation::column,
                RowViolation::rule).containsExactly(
                tuple(DirectoryCsvFile.SECTORS, 3, "name_fi", "fi.hoitomalli.common.text.noVisibleCharacter"),
                tuple(DirectoryCsvFile.SECTORS, 3, "name_en", "fi.hoitomalli.common.text.control"),
                tuple(DirectoryCsvFile.UNITS, 3, "name", "fi.hoitomalli.common.text.control"),
                tuple(DirectoryCsvFile.CUSTOMERS, 2, "name", "fi.hoitomalli.common.text.control"),
                tuple(DirectoryCsvFile.CUSTOMERS, 3, "name", "fi.hoitomalli.common.text.noVisibleCharacter"),
                tuple(DirectoryCsvFile.CUSTOMERS, 4, "name", "fi.hoitomalli.common.text.lineBreak"));
    }

    @Test
    void idsMayHaveSixtyFourCharactersAndNamesTwoHundred() {
        String id64 = "P" + "1".repeat(63);
        String name200 = "N".repeat(200);
        String customers = CUSTOMERS_HEADER + id64 + ",employee," + name200 + ",SIVI-PK,KVTES,fi,,,\n";

        assertThat(read(SECTORS, UNITS, customers).orThrow().find(new CustomerId(id64))).isPresent();

        ImportResult.Rejected rejected = (ImportResult.Rejected) read(SECTORS, UNITS,
                CUSTOMERS_HEADER + id64 + "1,employee," + name200 + "N,SIVI-PK,KVTES,fi,,,\n");
        assertThat(rejected.violations()).extracting(RowViolation::column, RowViolation::rule).containsExactly(
                tuple("id", "fi.hoitomalli.common.text.tooLong"),
                tuple("name", "fi.hoitomalli.common.text.tooLong"));
        assertThat(rejected.violations().get(0).describe(Language.SV))
                .isEqualTo("customers.csv, rad 2, kolumn id: är för lång: 65 tecken, högst 64");
    }
}
