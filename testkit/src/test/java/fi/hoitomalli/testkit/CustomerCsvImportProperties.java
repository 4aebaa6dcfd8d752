package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.CollectiveAgreement;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.Supervisor;
import fi.hoitomalli.json.CustomerCsvImport;
import fi.hoitomalli.json.DirectoryCsvFile;
import fi.hoitomalli.json.ImportResult;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The CSV import against generated customer bases: a base written in the documented columns imports
 * back to the same base (names with quotes, commas, åäö and emoji included), and corrupting any set of
 * rows rejects the import and reports exactly those rows.
 */
class CustomerCsvImportProperties {

    private static ValidatorFactory factory;

    @BeforeContainer
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterContainer
    static void close() {
        factory.close();
    }

    @Property(tries = 40)
    void aWrittenBaseImportsBackUnchanged(@ForAll CustomerBase base) {
        ImportResult result = importer(base).read(new StringReader(sectorsCsv(base)),
                new StringReader(unitsCsv(base)), new StringReader(customersCsv(base.customers())));

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        CustomerBase read = result.orThrow();
        assertThat(read.orgStructure().sectors()).isEqualTo(base.orgStructure().sectors());
        assertThat(read.orgStructure().units()).isEqualTo(base.orgStructure().units());
        assertThat(read.customers()).isEqualTo(base.customers());
    }

    @Property(tries = 40)
    void everyCorruptedRowIsReportedAndNothingIsImported(@ForAll CustomerBase base, @ForAll Set<Integer> picks) {
        int n = base.customers().size();
        Set<Integer> corrupted = n == 0 ? Set.of() : picks.stream().map(p -> Math.floorMod(p, n))
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> lines = customerLines(base.customers());
        String customers = Stream.concat(Stream.of(header(DirectoryCsvFile.CUSTOMERS)),
                IntStream.range(0, n).mapToObj(i -> corrupted.contains(i) ? withLanguage(lines.get(i), "ru") : lines.get(i)))
                .collect(Collectors.joining("\n", "", "\n"));

        ImportResult result = importer(base).read(new StringReader(sectorsCsv(base)),
                new StringReader(unitsCsv(base)), new StringReader(customers));

        if (corrupted.isEmpty()) {
            assertThat(result).isInstanceOf(ImportResult.Imported.class);
            return;
        }
        assertThat(result).isInstanceOfSatisfying(ImportResult.Rejected.class, rejected -> {
            assertThat(rejected.badLines(DirectoryCsvFile.CUSTOMERS))
                    .containsExactlyElementsOf(corrupted.stream().map(i -> i + 2).toList());
            assertThat(rejected.violations()).allSatisfy(v -> assertThat(v.column()).isEqualTo("language"));
        });
    }

    private static CustomerCsvImport importer(CustomerBase base) {
        List<CollectiveAgreement> agreements = base.customers().stream().map(Customer::agreement).distinct()
                .map(code -> new CollectiveAgreement(code, LocalizedText.same(code.value()))).toList();
        return new CustomerCsvImport(factory.getValidator(), agreements);
    }

    private static String header(DirectoryCsvFile file) {
        return String.join(",", file.columns());
    }

    static String sectorsCsv(CustomerBase base) {
        return rows(DirectoryCsvFile.SECTORS, base.orgStructure().sectors().stream().map((Sector s) -> List.of(
                s.id().value(), s.name().fi(), s.name().sv(), s.name().en(), String.valueOf(s.serviceCentreCustomer()))));
    }

    static String unitsCsv(CustomerBase base) {
        return rows(DirectoryCsvFile.UNITS, base.orgStructure().units().stream().map((OrgUnit u) -> List.of(
                u.id().value(), u.sector().value(), u.parent().map(Object::toString).orElse(""), u.name(),
                u.serviceCentre().name().toLowerCase(java.util.Locale.ROOT))));
    }

    static String customersCsv(List<Customer> customers) {
        return Stream.concat(Stream.of(header(DirectoryCsvFile.CUSTOMERS)), customerLines(customers).stream())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static List<String> customerLines(List<Customer> customers) {
        return customers.stream().map(c -> line(List.of(c.id().value(), c.role().name().toLowerCase(java.util.Locale.ROOT),
                c.name(), c.unit().value(), c.agreement().value(), c.language().tag(),
                c.email().map(Object::toString).orElse(""),
                c instanceof Employee e ? e.supervisor().map(Object::toString).orElse("") : "",
                c instanceof Supervisor s ? s.managedUnits().stream().map(Object::toString).collect(Collectors.joining(";"))
                        : ""))).toList();
    }

    /** Replaces the language cell (the sixth) of a written row; every cell is quoted, so the split is safe. */
    private static String withLanguage(String line, String language) {
        String[] cells = line.split("\",\"", -1);
        cells[5] = language;
        return String.join("\",\"", cells);
    }

    private static String rows(DirectoryCsvFile file, Stream<List<String>> rows) {
        return Stream.concat(Stream.of(header(file)), rows.map(CustomerCsvImportProperties::line))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String line(List<String> cells) {
        return cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","));
    }
}
