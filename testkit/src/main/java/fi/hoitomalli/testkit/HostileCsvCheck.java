package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.TextPolicy;
import fi.hoitomalli.customer.CollectiveAgreement;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.ServiceCentreStatus;
import fi.hoitomalli.customer.Supervisor;
import fi.hoitomalli.json.CustomerCsvImport;
import fi.hoitomalli.json.DirectoryCsvFile;
import fi.hoitomalli.json.ImportResult;

/**
 * The CSV import under hostile files: three files whose every column (ids, names, the sector, parent,
 * unit, agreement and supervisor references, role, language, e-mail, managed units, service-centre
 * flags) may hold hostile text, quoted as RFC 4180 says or now and then written bare, so that a stray
 * quote, comma or line break breaks the row. The import must answer with a result, never an exception;
 * when it imports, every value equals its cell (a bare cell without the spaces around it, as documented)
 * and is one the text policy accepts.
 */
final class HostileCsvCheck {

    private static final List<String> AGREEMENTS = CollectiveAgreement.KNOWN.stream().map(a -> a.code().value())
            .toList();

    private final CustomerCsvImport importer;

    HostileCsvCheck(Validator validator) {
        this.importer = new CustomerCsvImport(validator);
    }

    /** A cell as written: its text and whether it is quoted. */
    private record Cell(String text, boolean quoted) {

        /** What the import reads from the cell: a bare value loses the spaces around it. */
        String read() {
            if (quoted) {
                return text;
            }
            int from = 0;
            int to = text.length();
            while (from < to && text.charAt(from) == ' ') {
                from++;
            }
            while (to > from && text.charAt(to - 1) == ' ') {
                to--;
            }
            return text.substring(from, to);
        }

        String written() {
            return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
        }
    }

    /** One row of one file, its cells in the file's documented column order. */
    private record Row(DirectoryCsvFile file, List<Cell> cells) {

        String read(String column) {
            return cells.get(file.columns().indexOf(column)).read();
        }
    }

    HostileRun.Outcome run(HostileDraw draw) {
        List<Row> sectors = sectors(draw);
        List<Row> units = units(draw, sectors);
        List<Row> customers = customers(draw, units);
        ImportResult result = importer.read(new StringReader(csv(DirectoryCsvFile.SECTORS, sectors)),
                new StringReader(csv(DirectoryCsvFile.UNITS, units)),
                new StringReader(csv(DirectoryCsvFile.CUSTOMERS, customers)));
        if (result instanceof ImportResult.Rejected rejected) {
            assertThat(rejected.violations()).as("a rejected import names its violations").isNotEmpty();
            return HostileRun.Outcome.refused("rejected with violations");
        }
        CustomerBase base = result.orThrow();
        assertSectors(base, sectors);
        assertUnits(base, units);
        assertCustomers(base, customers);
        return HostileRun.Outcome.accepted("imported");
    }

    // --- the files -------------------------------------------------------------------------------------

    /**
     * What a bare cell may carry around its value: spaces, which the import trims, and characters it must
     * not take for spaces.
     */
    private static final List<String> AROUND = List.of(" ", "  ", "\t", "\u0000", "\u0001", "\u001F", "\u000B",
            "\u00A0", "\u2003", "\u3000", "\uFEFF");

    private static Cell cell(HostileDraw draw, String value) {
        if (!draw.chance(10)) {
            return new Cell(value, true);
        }
        if (draw.chance(40)) {
            String before = draw.chance(50) ? draw.pick(AROUND) : "";
            String after = draw.chance(50) ? draw.pick(AROUND) : " ";
            return new Cell(draw.noted("bare cell", before + value + after), false);
        }
        return new Cell(value, false);
    }

    private static List<Row> sectors(HostileDraw draw) {
        List<Row> rows = new ArrayList<>();
        int n = 1 + draw.nextInt(2);
        for (int i = 0; i < n; i++) {
            String at = "sectors.csv[" + i + "].";
            rows.add(new Row(DirectoryCsvFile.SECTORS, List.of(cell(draw, draw.id(at + "id")),
                    cell(draw, draw.name(at + "name_fi")), cell(draw, draw.name(at + "name_sv")),
                    cell(draw, draw.name(at + "name_en")),
                    cell(draw, draw.choice(at + "service_centre", List.of("true", "false", "TRUE", "False"))))));
        }
        return rows;
    }

    private static List<Row> units(HostileDraw draw, List<Row> sectors) {
        List<Row> rows = new ArrayList<>();
        int n = 1 + draw.nextInt(3);
        for (int i = 0; i < n; i++) {
            String at = "units.csv[" + i + "].";
            Row sector = draw.pick(sectors);
            String parent = "";
            List<Row> sameSector = rows.stream()
                    .filter(r -> r.read("sector").equals(sector.read("id"))).toList();
            if (!sameSector.isEmpty() && draw.chance(50)) {
                parent = draw.pick(sameSector).cells().get(0).text();
            }
            rows.add(new Row(DirectoryCsvFile.UNITS, List.of(cell(draw, draw.id(at + "id")),
                    cell(draw, draw.choice(at + "sector", List.of(sector.cells().get(0).text()))),
                    cell(draw, draw.choice(at + "parent", List.of(parent))),
                    cell(draw, draw.name(at + "name")),
                    cell(draw, draw.choice(at + "service_centre",
                            List.of("", "inherit", "customer", "not_customer", "NOT_CUSTOMER"))))));
        }
        return rows;
    }

    private static List<Row> customers(HostileDraw draw, List<Row> units) {
        List<String> unitIds = units.stream().map(r -> r.cells().get(0).text()).toList();
        List<Row> rows = new ArrayList<>();
        List<String> supervisors = new ArrayList<>();
        int n = 1 + draw.nextInt(3);
        for (int i = 0; i < n; i++) {
            String at = "customers.csv[" + i + "].";
            String role = draw.choice(at + "role", List.of("employee", "supervisor", "executive", "Supervisor"));
            String id = draw.id(at + "id");
            String supervisor = "";
            String managed = "";
            if (role.equalsIgnoreCase("employee") && !supervisors.isEmpty() && draw.chance(60)) {
                supervisor = draw.choice(at + "supervisor", supervisors);
            }
            if (role.equalsIgnoreCase("supervisor")) {
                managed = draw.choice(at + "managed_units", List.of(draw.pick(unitIds),
                        draw.pick(unitIds) + ";" + draw.pick(unitIds), draw.pick(unitIds) + " ; " + draw.pick(unitIds),
                        draw.pick(unitIds) + ";" + draw.pick(AROUND) + draw.pick(unitIds) + draw.pick(AROUND)));
                supervisors.add(id);
            }
            rows.add(new Row(DirectoryCsvFile.CUSTOMERS, List.of(cell(draw, id), cell(draw, role),
                    cell(draw, draw.name(at + "name")), cell(draw, draw.choice(at + "unit", unitIds)),
                    cell(draw, draw.choice(at + "agreement", AGREEMENTS)),
                    cell(draw, draw.choice(at + "language", List.of("fi", "sv", "en", "FI", "Sv"))),
                    cell(draw, draw.choice(at + "email", List.of("", "etu.suku@vantaa.fi", "o'hara+hr@example.fi"))),
                    cell(draw, supervisor), cell(draw, managed))));
        }
        return rows;
    }

    private static String csv(DirectoryCsvFile file, List<Row> rows) {
        return Stream.concat(Stream.of(String.join(",", file.columns())),
                        rows.stream().map(r -> r.cells().stream().map(Cell::written).collect(Collectors.joining(","))))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    // --- what an import must hold ----------------------------------------------------------------------

    private static void assertSectors(CustomerBase base, List<Row> rows) {
        assertThat(base.orgStructure().sectors()).as("sectors").hasSameSizeAs(rows);
        for (Row row : rows) {
            Sector sector = base.orgStructure().sectors().stream()
                    .filter(s -> s.id().value().equals(row.read("id"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no sector imported with id " + shown(row.read("id"))));
            assertIdentifier(sector.id().value());
            assertEqual("sector name_fi", sector.name().fi(), row.read("name_fi"));
            assertEqual("sector name_sv", sector.name().sv(), row.read("name_sv"));
            assertEqual("sector name_en", sector.name().en(), row.read("name_en"));
            Stream.of(sector.name().fi(), sector.name().sv(), sector.name().en()).forEach(HostileCsvCheck::assertName);
            assertThat(sector.serviceCentreCustomer()).as("sector service_centre")
                    .isEqualTo(Boolean.parseBoolean(row.read("service_centre").toLowerCase(Locale.ROOT)));
        }
    }

    private static void assertUnits(CustomerBase base, List<Row> rows) {
        assertThat(base.orgStructure().units()).as("units").hasSameSizeAs(rows);
        for (Row row : rows) {
            OrgUnit unit = base.orgStructure().unit(new OrgUnitId(row.read("id")))
                    .orElseThrow(() -> new AssertionError("no unit imported with id " + shown(row.read("id"))));
            assertIdentifier(unit.id().value());
            assertEqual("unit sector", unit.sector().value(), row.read("sector"));
            assertEqual("unit parent", unit.parent().map(OrgUnitId::value).orElse(""), row.read("parent"));
            assertEqual("unit name", unit.name(), row.read("name"));
            assertName(unit.name());
            String status = row.read("service_centre");
            assertThat(unit.serviceCentre()).as("unit service_centre").isEqualTo(status.isEmpty()
                    ? ServiceCentreStatus.INHERIT : ServiceCentreStatus.valueOf(status.toUpperCase(Locale.ROOT)));
        }
    }

    private static void assertCustomers(CustomerBase base, List<Row> rows) {
        assertThat(base.customers()).as("customers").hasSameSizeAs(rows);
        for (Row row : rows) {
            Customer customer = base.customers().stream().filter(c -> c.id().value().equals(row.read("id")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no customer imported with id " + shown(row.read("id"))));
            assertIdentifier(customer.id().value());
            assertThat(customer.role()).as("customer role")
                    .isEqualTo(Role.valueOf(row.read("role").toUpperCase(Locale.ROOT)));
            assertEqual("customer name", customer.name(), row.read("name"));
            assertName(customer.name());
            assertEqual("customer unit", customer.unit().value(), row.read("unit"));
            assertEqual("customer agreement", customer.agreement().value(), row.read("agreement"));
            assertThat(customer.language()).as("customer language").isEqualTo(Language.ofTag(row.read("language")));
            assertEqual("customer email", customer.email().map(EmailAddress::value).orElse(""), row.read("email"));
            String supervisor = customer instanceof Employee e ? e.supervisor().map(s -> s.value()).orElse("") : "";
            assertEqual("customer supervisor", supervisor, row.read("supervisor"));
            Set<String> managed = customer instanceof Supervisor s
                    ? s.managedUnits().stream().map(OrgUnitId::value).collect(Collectors.toCollection(LinkedHashSet::new))
                    : Set.of();
            assertThat(managed).as("customer managed_units of %s", shown(row.read("managed_units")))
                    .containsExactlyInAnyOrderElementsOf(managedUnits(row.read("managed_units")));
        }
    }

    /** The codes of a managed-units cell: separated by semicolons, each without the spaces around it. */
    private static Set<String> managedUnits(String cell) {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : cell.split(";", -1)) {
            String code = new Cell(part, false).read();
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static void assertEqual(String what, String imported, String cell) {
        if (!imported.equals(cell)) {
            throw new AssertionError(what + " imported as \"" + shown(imported) + "\" from the cell \"" + shown(cell)
                    + "\"");
        }
    }

    private static void assertIdentifier(String id) {
        assertThat(TextPolicy.check(TextPolicy.Kind.IDENTIFIER, id, TextPolicy.ID_MAX))
                .as("imported id \"%s\" under the text policy", shown(id)).isEmpty();
    }

    private static void assertName(String name) {
        assertThat(TextPolicy.check(TextPolicy.Kind.SINGLE_LINE, name, TextPolicy.NAME_MAX))
                .as("imported name \"%s\" under the text policy", shown(name)).isEmpty();
    }

    private static String shown(String value) {
        return HostileTexts.escape(value);
    }
}
