package fi.hoitomalli.json;

import java.util.List;

/**
 * The three CSV files of a customer-directory import (asiakashakemiston tuonti) and their documented
 * columns. Every file is UTF-8 text (a byte-order mark at the start is ignored, also before a quoted
 * header) with a header row naming the columns; columns may come in any order, each must be present exactly
 * once, and no other column is allowed. Spaces around an unquoted value are trimmed, a quoted value is kept
 * exactly as written; a line with nothing on it is skipped, but a row of only separators or blank cells is
 * reported as an empty row; quoting follows RFC 4180 ({@code ""} inside a quoted value is one quote); a
 * value is at most 100,000 characters long.
 *
 * <ul>
 *   <li>{@link #SECTORS}: {@code id,name_fi,name_sv,name_en,service_centre} — a sector (toimiala), its
 *       names in the three languages, and whether its units are service-centre customers by default
 *       ({@code true} or {@code false}).</li>
 *   <li>{@link #UNITS}: {@code id,sector,parent,name,service_centre} — an org unit (toimintayksikkö), the
 *       sector it belongs to, its parent unit (empty for a root unit of the sector), its name, and its own
 *       service-centre declaration: empty or {@code inherit}, {@code customer}, {@code not_customer}.</li>
 *   <li>{@link #CUSTOMERS}: {@code id,role,name,unit,agreement,language,email,supervisor,managed_units} —
 *       a customer; role {@code employee}, {@code supervisor} or {@code executive}; the unit the customer
 *       works in; the collective agreement's code (e.g. {@code KVTES}); language {@code fi}, {@code sv} or
 *       {@code en}; the work e-mail (may be empty); for an employee the own supervisor's id (may be
 *       empty); for a supervisor the managed units separated by {@code ;} (at least one).</li>
 * </ul>
 */
public enum DirectoryCsvFile {
    /** {@code sectors.csv}. */
    SECTORS("sectors.csv", List.of("id", "name_fi", "name_sv", "name_en", "service_centre")),
    /** {@code units.csv}. */
    UNITS("units.csv", List.of("id", "sector", "parent", "name", "service_centre")),
    /** {@code customers.csv}. */
    CUSTOMERS("customers.csv", List.of("id", "role", "name", "unit", "agreement", "language", "email",
            "supervisor", "managed_units"));

    private final String fileName;
    private final List<String> columns;

    DirectoryCsvFile(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    /**
     * The conventional file name, e.g. {@code customers.csv}: the name a file is reported under when the
     * caller hands it in without one ({@link CustomerCsvImport#read(java.io.Reader, java.io.Reader,
     * java.io.Reader)}).
     */
    public String fileName() {
        return fileName;
    }

    /** The documented columns, in their documented order (also the order violations are reported in). */
    public List<String> columns() {
        return columns;
    }
}
