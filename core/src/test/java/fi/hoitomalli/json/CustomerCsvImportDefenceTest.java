package fi.hoitomalli.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import fi.hoitomalli.common.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Defence in depth: the domain constructors have the last word on every value, and when they refuse one
 * the import reports it with its line and column instead of throwing — even when the row constraints let
 * everything through, and for any mangling of the files.
 */
class CustomerCsvImportDefenceTest extends CsvImportFixture {

    /** A validator that finds nothing wrong with anything: only the import's own layers are left. */
    static final class PermissiveValidator implements Validator {
        @Override
        public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value,
                                                             Class<?>... groups) {
            return Set.of();
        }

        @Override
        public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ExecutableValidator forExecutables() {
            throw new UnsupportedOperationException();
        }
    }

    /** Imports the integrity test's sectors and units and the customers with {@link PermissiveValidator}. */
    private static ImportResult withoutRowConstraints(String customers) {
        return read(new PermissiveValidator(), CustomerCsvImportIntegrityTest.SECTORS,
                CustomerCsvImportIntegrityTest.UNITS, customers);
    }

    @Test
    void theBaseFilesImportWithoutTheRowConstraints() {
        ImportResult result = withoutRowConstraints(CustomerCsvImportIntegrityTest.CUSTOMERS);

        assertThat(result.orThrow().size()).isEqualTo(3);
    }

    @Test
    void everyValueADomainConstructorRefusesIsReportedOnItsCell() {
        String sectors = """
                id,name_fi,name_sv,name_en,service_centre
                SIVI,Sivistystoimi,Bildningsväsendet,Education,true
                ,Tyhjä,"\u3000",Empty,maybe
                """;
        String units = """
                id,sector,parent,name,service_centre
                SIVI-PK,SIVI,,Päiväkodit,
                SIVI X,SIVI,,Väli,sometimes
                """;
        String customers = """
                id,role,name,unit,agreement,language,email,supervisor,managed_units
                P1,boss,Pomo,SIVI-PK,KVTES,ru,x@,,
                P2,employee," ",SIVI-PK,KV TES,fi,,P 1,
                P3,supervisor,Esa,SIVI-PK,KVTES,fi,,,SIVI-PK;SIVI\u2028PK
                """;

        ImportResult result = read(new PermissiveValidator(), sectors, units, customers);

        assertThat(result).isInstanceOfSatisfying(ImportResult.Rejected.class, rejected ->
                assertThat(rejected.violations()).extracting(RowViolation::file, RowViolation::line,
                        RowViolation::column).containsExactly(
                        tuple(DirectoryCsvFile.SECTORS, 3, "id"),
                        tuple(DirectoryCsvFile.SECTORS, 3, "name_sv"),
                        tuple(DirectoryCsvFile.SECTORS, 3, "service_centre"),
                        tuple(DirectoryCsvFile.UNITS, 3, "id"),
                        tuple(DirectoryCsvFile.UNITS, 3, "service_centre"),
                        tuple(DirectoryCsvFile.CUSTOMERS, 2, "role"),
                        tuple(DirectoryCsvFile.CUSTOMERS, 2, "language"),
                        tuple(DirectoryCsvFile.CUSTOMERS, 2, "email"),
                        tuple(DirectoryCsvFile.CUSTOMERS, 3, "name"),
                        tuple(DirectoryCsvFile.CUSTOMERS, 3, "agreement"),
                        tuple(DirectoryCsvFile.CUSTOMERS, 3, "supervisor"),
                        tuple(DirectoryCsvFile.CUSTOMERS, 4, "managed_units")));
    }

    @Test
    void aRowWhoseValuesDoNotFitTogetherIsReportedOnTheRow() {
        // a supervisor without managed units: every cell is fine, the Supervisor record refuses the whole
        String customers = """
                id,role,name,unit,agreement,language,email,supervisor,managed_units
                P1,supervisor,Esa,SIVI-PK,KVTES,fi,,,
                """;

        ImportResult result = withoutRowConstraints(customers);

        assertThat(result).isInstanceOfSatisfying(ImportResult.Rejected.class, rejected ->
                assertThat(rejected.violations()).extracting(RowViolation::line, RowViolation::column,
                        RowViolation::rule).containsExactly(tuple(2, "", "fi.hoitomalli.json.csv.row.refused")));
    }

    @Test
    void aCrossFileRuleLeftToTheValidatorIsReportedNotThrown() {
        // only CustomerRow's constraints know the units: without them the customer base itself refuses
        String customers = """
                id,role,name,unit,agreement,language,email,supervisor,managed_units
                P1,employee,Eero,SIVI-NOPE,KVTES,fi,,,
                """;

        ImportResult result = withoutRowConstraints(customers);

        assertThat(result).isInstanceOfSatisfying(ImportResult.Rejected.class, rejected ->
                assertThat(rejected.violations()).extracting(RowViolation::file, RowViolation::line,
                        RowViolation::rule).containsExactly(
                        tuple(DirectoryCsvFile.CUSTOMERS, 1, "fi.hoitomalli.json.csv.inconsistent")));
    }

    // --- mangled files never make the import throw ----------------------------------------------------------

    private static final List<String> FRAGMENTS = List.of("\u2028", "\u2029", "\u001F", "\u0000", "\u3000",
            "\u2003", "\u00A0", "\u200B", "\uFEFF", "\uD800", "\"", "\"\"", ",", ",,", "\n", "\r\n", ";", " ", "  ",
            "P100", "P101", "SIVI-PK", "SIVI", "KETO-TE", "supervisor", "employee", "executive", "ru", "maybe",
            "not_customer", "x".repeat(300), "\uD83D\uDE00", "@", "a@b.fi");

    static LongStream seeds() {
        return LongStream.range(0, 150);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mangledFilesAreImportedOrReportedButNeverThrow(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] files = {CustomerCsvImportIntegrityTest.SECTORS, CustomerCsvImportIntegrityTest.UNITS,
            CustomerCsvImportIntegrityTest.CUSTOMERS};
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            int which = random.nextInt(files.length);
            files[which] = mangled(files[which], random);
        }
        for (Validator each : List.of(validator, new PermissiveValidator())) {
            AtomicReference<ImportResult> result = new AtomicReference<>();

            assertThatCode(() -> result.set(read(each, files[0], files[1], files[2])))
                    .as("seed %d, %s", seed, each.getClass().getSimpleName())
                    .doesNotThrowAnyException();
            if (result.get() instanceof ImportResult.Rejected rejected) {
                assertThat(rejected.violations()).as("seed %d", seed).allSatisfy(v -> {
                    assertThat(v.describe(Language.FI)).isNotBlank();
                    assertThat(v.line()).isLessThanOrEqualTo(files[v.file().ordinal()].split("\n", -1).length + 1);
                });
            }
        }
    }

    private static String mangled(String text, SplittableRandom random) {
        int at = random.nextInt(text.length() + 1);
        if (random.nextInt(4) == 0) {
            int end = Math.min(text.length(), at + random.nextInt(12));
            return text.substring(0, at) + text.substring(end);
        }
        String fragment = FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
        if (random.nextBoolean() && at < text.length()) {
            // replace a whole cell's worth of text, so that ids and references get hit, not only separators
            int end = text.indexOf(',', at);
            end = end < 0 ? text.length() : end;
            return text.substring(0, at) + fragment + text.substring(end);
        }
        return text.substring(0, at) + fragment + text.substring(at);
    }
}
