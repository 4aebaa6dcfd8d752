package fi.hoitomalli.json;

import com.google.common.base.CaseFormat;
import jakarta.validation.Validator;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.InputValidation;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.CollectiveAgreement;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.Executive;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.customer.ServiceCentreStatus;
import fi.hoitomalli.customer.Supervisor;

/**
 * Imports the city's customer directory (asiakashakemisto: sectors, org units and customers from the HR
 * master data) from three CSV files whose columns are documented on {@link DirectoryCsvFile}. The import
 * is all or nothing: every row is validated — each cell with Jakarta Validation on its input record
 * ({@link SectorRow}, {@link OrgUnitRow}, {@link CustomerRow}), then across rows (duplicate ids, unknown
 * sectors, parents and supervisors, parents in another sector, cycles in the unit tree) — and a single
 * bad row rejects the whole import, reporting every bad row with its file, line, column and a reason in
 * Finnish, Swedish and English.
 *
 * <pre>{@code
 * ImportResult result = new CustomerCsvImport(validator).read(sectorsCsv, unitsCsv, customersCsv);
 * if (result instanceof ImportResult.Rejected rejected) {
 *     rejected.violations().forEach(v -> log(v.describe(Language.FI)));
 * }
 * CustomerBase base = result.orThrow();         // InvalidInputException with every violation
 * }</pre>
 *
 * <p>Thread-safe and stateless between calls. Readers are read to their end and not closed: the caller
 * owns them.
 */
public final class CustomerCsvImport {

    private static final String KEY = "fi.hoitomalli.json.csv.";

    private final InputValidation validation;
    private final Set<String> agreementCodes;

    /**
     * An importer that accepts the known Finnish municipal agreements ({@link CollectiveAgreement#KNOWN}).
     *
     * @param validator a Jakarta Validation validator, e.g. Hibernate Validator's default one
     */
    public CustomerCsvImport(Validator validator) {
        this(validator, CollectiveAgreement.KNOWN);
    }

    /**
     * An importer that accepts exactly the given agreements (the city's own list).
     *
     * @param validator a Jakarta Validation validator
     * @param agreements the agreements customers may have, by their codes
     */
    public CustomerCsvImport(Validator validator, Collection<CollectiveAgreement> agreements) {
        this.validation = new InputValidation(Objects.requireNonNull(validator, "validator must not be null"));
        this.agreementCodes = Objects.requireNonNull(agreements, "agreements must not be null").stream()
                .map(a -> a.code().value())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Reads the three files and builds the customer base, or reports every bad row.
     *
     * @param sectors {@code sectors.csv}
     * @param units {@code units.csv}
     * @param customers {@code customers.csv}
     * @return {@link ImportResult.Imported} with the customer base, or {@link ImportResult.Rejected} with
     *     every violation ordered by file, line and column
     * @throws java.io.UncheckedIOException if a reader fails
     */
    public ImportResult read(Reader sectors, Reader units, Reader customers) {
        Objects.requireNonNull(sectors, "sectors must not be null");
        Objects.requireNonNull(units, "units must not be null");
        Objects.requireNonNull(customers, "customers must not be null");
        CsvTable sectorTable = CsvTable.read(DirectoryCsvFile.SECTORS, sectors);
        CsvTable unitTable = CsvTable.read(DirectoryCsvFile.UNITS, units);
        CsvTable customerTable = CsvTable.read(DirectoryCsvFile.CUSTOMERS, customers);
        List<RowViolation> violations = new ArrayList<>();
        violations.addAll(sectorTable.violations());
        violations.addAll(unitTable.violations());
        violations.addAll(customerTable.violations());

        List<Sector> sectorList = sectors(sectorTable, violations);
        List<OrgUnit> unitList = units(unitTable, ids(sectorTable), violations);
        List<Customer> customerList = customers(customerTable, ids(unitTable), violations);
        if (!violations.isEmpty()) {
            violations.sort(ORDER);
            return new ImportResult.Rejected(violations);
        }
        return new ImportResult.Imported(CustomerBase.of(OrgStructure.of(sectorList, unitList), customerList));
    }

    private static final Comparator<RowViolation> ORDER = Comparator
            .comparing(RowViolation::file)
            .thenComparingInt(RowViolation::line)
            .thenComparingInt(v -> v.file().columns().indexOf(v.column()))
            .thenComparing(RowViolation::rule);

    private List<Sector> sectors(CsvTable table, List<RowViolation> violations) {
        List<Sector> out = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            SectorRow input = new SectorRow(row.get("id"), row.get("name_fi"), row.get("name_sv"),
                    row.get("name_en"), row.get("service_centre"));
            List<RowViolation> found = validate(DirectoryCsvFile.SECTORS, row.line(), input);
            duplicate(DirectoryCsvFile.SECTORS, row, firstLine).ifPresent(found::add);
            violations.addAll(found);
            if (found.isEmpty()) {
                out.add(new Sector(new SectorId(input.id()),
                        new LocalizedText(input.nameFi(), input.nameSv(), input.nameEn()),
                        Boolean.parseBoolean(input.serviceCentre().toLowerCase(Locale.ROOT))));
            }
        }
        return out;
    }

    private List<OrgUnit> units(CsvTable table, Set<String> sectorIds, List<RowViolation> violations) {
        List<OrgUnit> out = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        Map<String, CsvTable.Row> byId = new LinkedHashMap<>();
        table.rows().forEach(r -> byId.putIfAbsent(r.get("id"), r));
        Set<String> inCycle = UnitCycles.membersOfCycles(byId);
        for (CsvTable.Row row : table.rows()) {
            OrgUnitRow input = new OrgUnitRow(row.get("id"), row.get("sector"), row.get("parent"),
                    row.get("name"), row.get("service_centre"));
            List<RowViolation> found = validate(DirectoryCsvFile.UNITS, row.line(), input);
            duplicate(DirectoryCsvFile.UNITS, row, firstLine).ifPresent(found::add);
            references(row, input, sectorIds, byId, inCycle).forEach(found::add);
            violations.addAll(found);
            if (found.isEmpty()) {
                out.add(new OrgUnit(new OrgUnitId(input.id()), new SectorId(input.sector()),
                        input.parent().isEmpty() ? Optional.empty() : Optional.of(new OrgUnitId(input.parent())),
                        input.name(), status(input.serviceCentre())));
            }
        }
        return out;
    }

    private static List<RowViolation> references(CsvTable.Row row, OrgUnitRow input, Set<String> sectorIds,
                                                 Map<String, CsvTable.Row> byId, Set<String> inCycle) {
        List<RowViolation> found = new ArrayList<>();
        DirectoryCsvFile file = DirectoryCsvFile.UNITS;
        if (!input.sector().isBlank() && !sectorIds.contains(input.sector())) {
            found.add(violation(file, row.line(), "sector", "sector.unknown", "sector", input.sector()));
        }
        if (input.parent().isEmpty()) {
            return found;
        }
        CsvTable.Row parent = byId.get(input.parent());
        if (parent == null) {
            found.add(violation(file, row.line(), "parent", "parent.unknown", "parent", input.parent()));
        } else if (!parent.get("sector").equals(input.sector())) {
            found.add(violation(file, row.line(), "parent", "parent.otherSector",
                    "parent", input.parent(), "sector", parent.get("sector")));
        }
        if (inCycle.contains(input.id()) && byId.get(input.id()) == row) {
            found.add(violation(file, row.line(), "parent", "parent.cycle", "unit", input.id()));
        }
        return found;
    }

    private List<Customer> customers(CsvTable table, Set<String> unitIds, List<RowViolation> violations) {
        Map<String, String> roleById = new HashMap<>();
        table.rows().forEach(r -> roleById.putIfAbsent(r.get("id"), r.get("role").toLowerCase(Locale.ROOT)));
        List<Customer> out = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            CustomerRow input = new CustomerRow(row.get("id"), row.get("role"), row.get("name"), row.get("unit"),
                    row.get("agreement"), row.get("language"), row.get("email"), row.get("supervisor"),
                    row.get("managed_units"), unitIds, agreementCodes);
            List<RowViolation> found = validate(DirectoryCsvFile.CUSTOMERS, row.line(), input);
            duplicate(DirectoryCsvFile.CUSTOMERS, row, firstLine).ifPresent(found::add);
            supervisorReference(row.line(), input, roleById).ifPresent(found::add);
            violations.addAll(found);
            if (found.isEmpty()) {
                out.add(customer(input));
            }
        }
        return out;
    }

    private static Optional<RowViolation> supervisorReference(int line, CustomerRow input,
                                                              Map<String, String> roleById) {
        if (input.supervisor().isEmpty() || !input.normalisedRole().equals("employee")) {
            return Optional.empty();
        }
        String role = roleById.get(input.supervisor());
        if (role == null) {
            return Optional.of(violation(DirectoryCsvFile.CUSTOMERS, line, "supervisor", "supervisor.unknown",
                    "supervisor", input.supervisor()));
        }
        if (!role.equals("supervisor") && !role.equals("executive")) {
            return Optional.of(violation(DirectoryCsvFile.CUSTOMERS, line, "supervisor",
                    "supervisor.notSupervisor", "supervisor", input.supervisor()));
        }
        return Optional.empty();
    }

    private static Customer customer(CustomerRow input) {
        CustomerId id = new CustomerId(input.id());
        OrgUnitId unit = new OrgUnitId(input.unit());
        AgreementCode agreement = new AgreementCode(input.agreement());
        Language language = Language.ofTag(input.language());
        Optional<EmailAddress> email = input.email().isEmpty()
                ? Optional.empty() : Optional.of(new EmailAddress(input.email()));
        return switch (input.normalisedRole()) {
            case "supervisor" -> new Supervisor(id, input.name(), unit, agreement, language, email,
                    input.managedUnitList().stream().map(OrgUnitId::new)
                            .collect(Collectors.toCollection(LinkedHashSet::new)));
            case "executive" -> new Executive(id, input.name(), unit, agreement, language, email);
            default -> new Employee(id, input.name(), unit, agreement, language, email,
                    input.supervisor().isEmpty() ? Optional.empty() : Optional.of(new CustomerId(input.supervisor())));
        };
    }

    private static ServiceCentreStatus status(String cell) {
        return cell.isEmpty() ? ServiceCentreStatus.INHERIT
                : ServiceCentreStatus.valueOf(cell.toUpperCase(Locale.ROOT));
    }

    private <T> List<RowViolation> validate(DirectoryCsvFile file, int line, T input) {
        List<RowViolation> found = new ArrayList<>();
        for (Violation v : validation.violationsOf(input)) {
            found.add(new RowViolation(file, line, column(v.path()), v.rule(), v.message()));
        }
        return found;
    }

    /**
     * The CSV column of an input record's property: {@code nameFi} is {@code name_fi}; a derived check
     * such as {@code unitKnown} or {@code managedUnitsRequired} belongs to the column it checks.
     */
    static String column(String property) {
        String base = property.replaceFirst("(Known|Valid|Allowed|Required)$", "");
        return CaseFormat.LOWER_CAMEL.to(CaseFormat.LOWER_UNDERSCORE, base);
    }

    private static Optional<RowViolation> duplicate(DirectoryCsvFile file, CsvTable.Row row,
                                                    Map<String, Integer> firstLine) {
        String id = row.get("id");
        if (id.isBlank()) {
            return Optional.empty();
        }
        Integer first = firstLine.putIfAbsent(id, row.line());
        return first == null ? Optional.empty()
                : Optional.of(violation(file, row.line(), "id", "id.duplicate", "id", id, "line", first));
    }

    private static Set<String> ids(CsvTable table) {
        return table.rows().stream().map(r -> r.get("id")).filter(id -> !id.isBlank())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static RowViolation violation(DirectoryCsvFile file, int line, String column, String key,
                                          Object... args) {
        return new RowViolation(file, line, column, KEY + key, Messages.text(KEY + key, args));
    }
}
