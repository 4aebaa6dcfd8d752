package fi.hoitomalli.json;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One row of {@code units.csv} as read, before it becomes an {@link fi.hoitomalli.customer.OrgUnit}: the raw
 * text of each column (empty for an empty cell, never null), checked with Jakarta Validation. References
 * to sectors and parents are checked across rows by {@link CustomerCsvImport}.
 *
 * @param id the unit code, required, at most 40 characters, no white space
 * @param sector the sector's code, required
 * @param parent the parent unit's code, empty for a root unit
 * @param name the unit's name, required, at most 200 characters
 * @param serviceCentre empty or {@code inherit}, {@code customer}, {@code not_customer}
 */
public record OrgUnitRow(
        @NotBlank @Size(max = 40) @Pattern(regexp = "\\S*", message = "{fi.hoitomalli.json.csv.id.whitespace}")
        String id,
        @NotBlank @Size(max = 40) String sector,
        @Size(max = 40) @Pattern(regexp = "\\S*", message = "{fi.hoitomalli.json.csv.id.whitespace}")
        String parent,
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = "(?i)|inherit|customer|not_customer", message = "{fi.hoitomalli.json.csv.serviceCentre}")
        String serviceCentre) {
}
