package fi.hoitomalli.json;

import com.google.common.collect.ImmutableSet;
import jakarta.validation.Validator;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
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
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
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
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.customer.ServiceCentreStatus;
import fi.hoitomalli.customer.Supervisor;

/**
 * Imports the city's customer directory (asiakashakemisto: sectors, org units and customers from the HR
 * master data) from three CSV files whose columns are documented on {@link DirectoryCsvFile}. The import
 * is all or nothing: every row is validated — each cell with Jakarta Validation on its input record
 * ({@link SectorRow}, {@link OrgUnitRow}, {@link CustomerRow}) and by the constructor of the domain value
 * it becomes, then across rows (duplicate ids, unknown sectors, parents and supervisors, parents in another
 * sector, cycles in the unit tree) — and a single bad row rejects the whole import, reporting the bad rows
 * with file name, line, column and a reason in Finnish, Swedish and English that shows the bad value.
 *
 * <p>However bad the files, the import does not throw for their content: every problem is a
 * {@link RowViolation} in {@link ImportResult.Rejected}. Its memory does not grow with the number of
 * violations: the first {@value #MAX_LISTED_VIOLATIONS} are listed, the rest only counted. Rows are read one
 * at a time; what is kept per row is its id (for duplicates and references) and, while nothing is wrong,
 * the domain object it became.
 *
 * <pre>{@code
 * ImportResult result = new CustomerCsvImport(validator).read(
 *         new CsvInput("sektorit.csv", sectorsReader),
 *         new CsvInput("yksikot.csv", unitsReader),
 *         new CsvInput("henkilot.csv", customersReader));
 * if (result instanceof ImportResult.Rejected rejected) {
 *     rejected.violations().forEach(v -> log(v.describe(Language.FI)));
 *     log(rejected.omitted() + " more not listed");
 * }
 * CustomerBase base = result.orThrow();         // InvalidInputException with the listed violations
 * }</pre>
 *
 * <p>Thread-safe and stateless between calls. Readers are read to their end and not closed: the caller
 * owns them.
 */
public final class CustomerCsvImport {

    /** At most this many violations are listed in full in a {@link ImportResult.Rejected}; all are counted. */
    public static final int MAX_LISTED_VIOLATIONS = 1000;

    private final Validator validator;
    private final ImmutableSet<String> agreementCodes;

    /**
     * An importer that accepts the known Finnish municipal agreements ({@link CollectiveAgreement#KNOWN}).
     *
     * @param validator a Jakarta Validation validator, e.g. Hibernate Validator's default one
     * @throws NullPointerException if the validator is null
     */
    public CustomerCsvImport(Validator validator) {
        this(validator, CollectiveAgreement.KNOWN);
    }

    /**
     * An importer that accepts exactly the given agreements (the city's own list).
     *
     * @param validator a Jakarta Validation validator
     * @param agreements the agreements customers may have, by their codes
     * @throws NullPointerException if an argument or an agreement is null
     */
    public CustomerCsvImport(Validator validator, Collection<CollectiveAgreement> agreements) {
        this.validator = Objects.requireNonNull(validator, "validator must not be null");
        this.agreementCodes = Objects.requireNonNull(agreements, "agreements must not be null").stream()
                .map(a -> a.code().value())
                .collect(ImmutableSet.toImmutableSet());
    }

    /**
     * Reads the three files, reported under their conventional names ({@code sectors.csv}, {@code units.csv},
     * {@code customers.csv}), and builds the customer base, or reports the bad rows.
     *
     * @param sectors {@code sectors.csv}
     * @param units {@code units.csv}
     * @param customers {@code customers.csv}
     * @return {@link ImportResult.Imported} with the customer base, or {@link ImportResult.Rejected} with
     *     the first violations ordered by file, line and column and the count of all
     * @throws NullPointerException if an argument is null
     * @throws java.io.UncheckedIOException if a reader fails
     * @throws jakarta.validation.ValidationException if the validator itself fails (its configuration, not
     *     the files)
     */
    public ImportResult read(Reader sectors, Reader units, Reader customers) {
        Objects.requireNonNull(sectors, "sectors must not be null");
        Objects.requireNonNull(units, "units must not be null");
        Objects.requireNonNull(customers, "customers must not be null");
        return read(CsvInput.conventional(DirectoryCsvFile.SECTORS, sectors),
                CsvInput.conventional(DirectoryCsvFile.UNITS, units),
                CsvInput.conventional(DirectoryCsvFile.CUSTOMERS, customers));
    }

    /**
     * Reads the three files, each reported under the name it is handed in with, and builds the customer
     * base, or reports the bad rows.
     *
     * @param sectors the sectors file (columns of {@link DirectoryCsvFile#SECTORS})
     * @param units the units file (columns of {@link DirectoryCsvFile#UNITS})
     * @param customers the customers file (columns of {@link DirectoryCsvFile#CUSTOMERS})
     * @return {@link ImportResult.Imported} with the customer base, or {@link ImportResult.Rejected} with
     *     the first violations ordered by file, line and column and the count of all
     * @throws NullPointerException if an argument is null
     * @throws java.io.UncheckedIOException if a reader fails (other than with text that is not UTF-8, which
     *     is reported)
     * @throws jakarta.validation.ValidationException if the validator itself fails (its configuration, not
     *     the files)
     */
    public ImportResult read(CsvInput sectors, CsvInput units, CsvInput customers) {
        Objects.requireNonNull(sectors, "sectors must not be null");
        Objects.requireNonNull(units, "units must not be null");
        Objects.requireNonNull(customers, "customers must not be null");
        ImportFiles files = new ImportFiles(sectors.fileName(), units.fileName(), customers.fileName());
        return new Run(files).read(sectors.reader(), units.reader(), customers.reader());
    }

    /** The first line a unit id is on, with the cells the cross-row checks need. */
    private record UnitLink(int line, String id, String sector, String parent) {
    }

    /** The first line a customer id is on, and whether that customer may be named as a supervisor. */
    private record SeenCustomer(int line, boolean canSupervise) {
    }

    /** An employee's supervisor cell, checked once every customer is known. */
    private record SupervisorReference(int line, String supervisor) {
    }

    /** One call of {@code read}: its violations and what the cross-row checks need. */
    private final class Run {

        private final ImportFiles files;
        private final BoundedViolations violations = new BoundedViolations(MAX_LISTED_VIOLATIONS);
        private final Map<String, Integer> sectorLines = new HashMap<>();
        private final Map<String, UnitLink> unitsById = new LinkedHashMap<>();
        private final List<UnitLink> parentReferences = new ArrayList<>();
        private final Map<String, SeenCustomer> customersById = new HashMap<>();
        private final List<SupervisorReference> supervisorReferences = new ArrayList<>();
        private final List<Sector> sectors = new ArrayList<>();
        private final List<OrgUnit> units = new ArrayList<>();
        private final List<Customer> customers = new ArrayList<>();

        Run(ImportFiles files) {
            this.files = files;
        }

        ImportResult read(Reader sectorsCsv, Reader unitsCsv, Reader customersCsv) {
            CsvTable.read(DirectoryCsvFile.SECTORS, files.sectors(), sectorsCsv, violations, this::sector);
            CsvTable.read(DirectoryCsvFile.UNITS, files.units(), unitsCsv, violations, this::unit);
            checkParents();
            ImmutableSet<String> unitIds = ImmutableSet.copyOf(unitsById.keySet());
            CsvTable.read(DirectoryCsvFile.CUSTOMERS, files.customers(), customersCsv, violations,
                    row -> customer(row, unitIds));
            checkSupervisors();
            return violations.isEmpty() ? customerBase() : violations.rejected();
        }

        private void sector(CsvTable.Row row) {
            RowCheck check = new RowCheck(DirectoryCsvFile.SECTORS, files, row, violations);
            check.validate(validator, new SectorRow(row.get("id"), row.get("name_fi"), row.get("name_sv"),
                    row.get("name_en"), row.get("service_centre")), Map.of());
            String id = row.get("id");
            if (!id.isBlank()) {
                duplicate(check, sectorLines.putIfAbsent(id, row.line()));
            }
            SectorId sectorId = check.id("id", SectorId::new);
            String fi = check.text("name_fi");
            String sv = check.text("name_sv");
            String en = check.text("name_en");
            Boolean serviceCentre = check.value("service_centre", CustomerCsvImport::bool);
            check.build(() -> new Sector(sectorId, new LocalizedText(fi, sv, en), serviceCentre))
                    .ifPresent(sector -> keep(sectors, sector));
        }

        private void unit(CsvTable.Row row) {
            RowCheck check = new RowCheck(DirectoryCsvFile.UNITS, files, row, violations);
            check.validate(validator, new OrgUnitRow(row.get("id"), row.get("sector"), row.get("parent"),
                    row.get("name"), row.get("service_centre")), Map.of());
            UnitLink link = new UnitLink(row.line(), row.get("id"), row.get("sector"), row.get("parent"));
            if (!link.id().isBlank()) {
                UnitLink first = unitsById.putIfAbsent(link.id(), link);
                duplicate(check, first == null ? null : first.line());
            }
            if (!link.sector().isBlank() && !sectorLines.containsKey(link.sector()) && !check.isReported("sector")) {
                check.report("sector", "sector.unknown", "sector", CellText.shown(link.sector()));
            }
            SectorId sector = check.id("sector", SectorId::new);
            OrgUnitId id = check.id("id", OrgUnitId::new);
            Optional<OrgUnitId> parent = check.optionalId("parent", OrgUnitId::new);
            String name = check.text("name");
            ServiceCentreStatus status = check.value("service_centre", CustomerCsvImport::status);
            if (!link.parent().isEmpty() && !check.isReported("parent")) {
                parentReferences.add(link);
            }
            // a unit that is its own parent is reported as a cycle once every unit is known
            if (link.parent().isEmpty() || !link.parent().equals(link.id())) {
                check.build(() -> new OrgUnit(id, sector, parent, name, status)).ifPresent(unit -> keep(units, unit));
            }
        }

        private void checkParents() {
            Map<String, String> parentOf = new HashMap<>();
            unitsById.forEach((id, link) -> parentOf.put(id, link.parent()));
            Set<String> inCycle = UnitCycles.membersOfCycles(parentOf);
            for (UnitLink link : parentReferences) {
                UnitLink parent = unitsById.get(link.parent());
                String shownParent = CellText.shown(link.parent());
                if (parent == null) {
                    report(DirectoryCsvFile.UNITS, link.line(), "parent", "parent.unknown", "parent", shownParent);
                } else if (!parent.sector().equals(link.sector())) {
                    report(DirectoryCsvFile.UNITS, link.line(), "parent", "parent.otherSector",
                            "parent", shownParent, "sector", CellText.shown(parent.sector()));
                }
                if (inCycle.contains(link.id()) && unitsById.get(link.id()) == link) {
                    report(DirectoryCsvFile.UNITS, link.line(), "parent", "parent.cycle",
                            "unit", CellText.shown(link.id()));
                }
            }
        }

        private void customer(CsvTable.Row row, ImmutableSet<String> unitIds) {
            RowCheck check = new RowCheck(DirectoryCsvFile.CUSTOMERS, files, row, violations);
            CustomerRow input = new CustomerRow(row.get("id"), row.get("role"), row.get("name"), row.get("unit"),
                    row.get("agreement"), row.get("language"), row.get("email"), row.get("supervisor"),
                    row.get("managed_units"), unitIds, agreementCodes);
            String unknownUnits = input.managedUnitList().stream().filter(u -> !unitIds.contains(u))
                    .collect(Collectors.joining(";"));
            check.validate(validator, input, Map.of(RowCheck.KEY + "managedUnits.unknown", unknownUnits));
            String id = row.get("id");
            if (!id.isBlank()) {
                String role = input.normalisedRole();
                SeenCustomer first = customersById.putIfAbsent(id, new SeenCustomer(row.line(),
                        role.equals("supervisor") || role.equals("executive")));
                duplicate(check, first == null ? null : first.line());
            }
            Role role = check.value("role", CustomerCsvImport::role);
            CustomerId customerId = check.id("id", CustomerId::new);
            String name = check.text("name");
            OrgUnitId unit = check.id("unit", OrgUnitId::new);
            AgreementCode agreement = check.id("agreement", AgreementCode::new);
            Language language = check.value("language", Language::ofTag);
            Optional<EmailAddress> email = row.get("email").isEmpty() ? Optional.empty()
                    : Optional.ofNullable(check.value("email", EmailAddress::new));
            Optional<CustomerId> supervisor = check.optionalId("supervisor", CustomerId::new);
            List<OrgUnitId> managed = check.ids("managed_units", input.managedUnitList(), OrgUnitId::new);
            if (role == Role.EMPLOYEE && supervisor.isPresent()) {
                supervisorReferences.add(new SupervisorReference(row.line(), row.get("supervisor")));
            }
            check.<Customer>build(() -> switch (role) {
                case SUPERVISOR -> new Supervisor(customerId, name, unit, agreement, language, email,
                        new LinkedHashSet<>(managed));
                case EXECUTIVE -> new Executive(customerId, name, unit, agreement, language, email);
                case EMPLOYEE -> new Employee(customerId, name, unit, agreement, language, email, supervisor);
            }).ifPresent(customer -> keep(customers, customer));
        }

        private void checkSupervisors() {
            for (SupervisorReference reference : supervisorReferences) {
                SeenCustomer supervisor = customersById.get(reference.supervisor());
                String shown = CellText.shown(reference.supervisor());
                if (supervisor == null) {
                    report(DirectoryCsvFile.CUSTOMERS, reference.line(), "supervisor", "supervisor.unknown",
                            "supervisor", shown);
                } else if (!supervisor.canSupervise()) {
                    report(DirectoryCsvFile.CUSTOMERS, reference.line(), "supervisor", "supervisor.notSupervisor",
                            "supervisor", shown);
                }
            }
        }

        private void duplicate(RowCheck check, Integer firstLine) {
            if (firstLine != null && !check.isReported("id")) {
                check.report("id", "id.duplicate", "id", CellText.shown(check.cell("id")), "line", firstLine);
            }
        }

        /** Keeps what a row became while the import can still succeed; after the first violation, nothing. */
        private <T> void keep(List<T> built, T value) {
            if (violations.isEmpty()) {
                built.add(value);
            } else {
                built.clear();
            }
        }

        private void report(DirectoryCsvFile file, int line, String column, String key, Object... args) {
            RowCheck.report(violations, file, files, line, column, key, args);
        }

        /**
         * The customer base. Every rule of its constructors is checked row by row above; should one still
         * refuse, that is reported on the file as a whole rather than thrown.
         */
        private ImportResult customerBase() {
            OrgStructure structure;
            try {
                structure = OrgStructure.of(sectors, units);
            } catch (IllegalArgumentException e) {
                return inconsistent(DirectoryCsvFile.UNITS, e);
            }
            try {
                return new ImportResult.Imported(CustomerBase.of(structure, customers));
            } catch (IllegalArgumentException e) {
                return inconsistent(DirectoryCsvFile.CUSTOMERS, e);
            }
        }

        private ImportResult inconsistent(DirectoryCsvFile file, IllegalArgumentException e) {
            String detail = e.getMessage() == null ? "" : CellText.shown(e.getMessage(), 300);
            report(file, 1, "", "inconsistent", "detail", detail);
            return violations.rejected();
        }
    }

    private static Boolean bool(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not true or false: " + cell);
        };
    }

    private static ServiceCentreStatus status(String cell) {
        return cell.isEmpty() ? ServiceCentreStatus.INHERIT
                : ServiceCentreStatus.valueOf(cell.toUpperCase(Locale.ROOT));
    }

    private static Role role(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "employee" -> Role.EMPLOYEE;
            case "supervisor" -> Role.SUPERVISOR;
            case "executive" -> Role.EXECUTIVE;
            default -> throw new IllegalArgumentException("unknown role: " + cell);
        };
    }
}
