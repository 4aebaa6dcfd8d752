package fi.hoitomalli.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Supervisor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only spaces are taken from around a CSV value: a tab, NUL or other control character at the edge of a
 * bare value, and white space other than spaces around a managed unit's code, stay in the value and are
 * reported, never dropped unseen.
 */
class CsvBareCellTest {

    private static ValidatorFactory factory;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static final String SECTORS = "id,name_fi,name_sv,name_en,service_centre\nS,Sektori,Sektorn,Sector,true\n";
    private static final String UNITS = "id,sector,parent,name,service_centre\nU1,S,,Yksikkö,\nU2,S,U1,Toinen,\n";
    private static final String HEADER = "id,role,name,unit,agreement,language,email,supervisor,managed_units\n";

    private static ImportResult read(String customers) {
        return new CustomerCsvImport(factory.getValidator())
                .read(new StringReader(SECTORS), new StringReader(UNITS), new StringReader(HEADER + customers));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0001", "\u0000", "\t", "\u000B", "\u001F"})
    void aControlCharacterAtTheEdgeOfABareValueIsReportedNotDropped(String control) {
        ImportResult result = read("P1,employee,Maija,U1,KVTES" + control + ",fi,,,\n"
                + control + "P2,employee,Matti,U1,KVTES,fi,,,\n");

        assertThat(result).isInstanceOfSatisfying(ImportResult.Rejected.class, rejected -> {
            assertThat(rejected.violations()).anySatisfy(v -> {
                assertThat(v.line()).isEqualTo(2);
                assertThat(v.column()).isEqualTo("agreement");
            });
            assertThat(rejected.violations()).anySatisfy(v -> {
                assertThat(v.line()).isEqualTo(3);
                assertThat(v.column()).isEqualTo("id");
            });
        });
    }

    @Test
    void spacesAroundBareAndQuotedValuesAreTrimmedAndQuotedSpacesKept() {
        CustomerBase base = read("  P1 , employee ,  \" Maija  \"  ,U1,KVTES   ,fi,,,\n").orThrow();

        assertThat(base.find(new CustomerId("P1")).orElseThrow().name()).isEqualTo(" Maija  ");
        assertThat(base.find(new CustomerId("P1")).orElseThrow().agreement().value()).isEqualTo("KVTES");
    }

    @Test
    void aQuotedValueFollowedByTextIsStillMalformed() {
        ImportResult result = read("P1,employee,\"Maija\" \"Meikäläinen\",U1,KVTES,fi,,,\n");

        assertThat(result).isInstanceOfSatisfying(ImportResult.Rejected.class, rejected ->
                assertThat(rejected.violations()).anySatisfy(v ->
                        assertThat(v.rule()).isEqualTo("fi.hoitomalli.json.csv.malformed")));
    }

    @Test
    void spacesAroundManagedUnitCodesAreIgnoredOtherWhiteSpaceIsReported() {
        Supervisor supervisor = (Supervisor) read("P1,supervisor,Maija,U1,KVTES,fi,,,\"U1 ;  U2 \"\n").orThrow()
                .find(new CustomerId("P1")).orElseThrow();
        assertThat(supervisor.managedUnits()).containsExactlyInAnyOrder(new OrgUnitId("U1"), new OrgUnitId("U2"));

        for (String space : new String[] {"\u3000", "\u00A0", "\t", "\u2003"}) {
            ImportResult result = read("P1,supervisor,Maija,U1,KVTES,fi,,,\"U1;" + space + "U2\"\n");
            assertThat(result).as("managed units with U+%04X", (int) space.charAt(0))
                    .isInstanceOfSatisfying(ImportResult.Rejected.class, rejected ->
                            assertThat(rejected.violations()).anySatisfy(v ->
                                    assertThat(v.column()).isEqualTo("managed_units")));
        }
    }

    @Test
    void theTrimmingReaderGivesTheSameTextWhateverTheReadSize() {
        String text = "  a b  ,\"  q \"\"x\"\" \"  ,  c\r\n d ,\"e\" \"f\",   \n".repeat(300);
        String bulk = readAll(new SpaceTrimmingReader(new StringReader(text)), 8192);
        assertThat(readAll(new SpaceTrimmingReader(new StringReader(text)), 1)).isEqualTo(bulk);
        assertThat(readAll(new SpaceTrimmingReader(new StringReader(text)), 7)).isEqualTo(bulk);
        assertThat(bulk).startsWith("a b,\"  q \"\"x\"\" \",c\r\nd,\"e\" \"f\",\n");
    }

    private static String readAll(Reader reader, int chunk) {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[chunk];
        try (reader) {
            for (int n = reader.read(buffer, 0, chunk); n >= 0; n = reader.read(buffer, 0, chunk)) {
                out.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
