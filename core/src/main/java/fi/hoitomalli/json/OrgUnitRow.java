package fi.hoitomalli.json;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import fi.hoitomalli.common.Identifier;
import fi.hoitomalli.common.Name;

/**
 * One row of {@code units.csv} as read, before it becomes an {@link fi.hoitomalli.customer.OrgUnit}: the raw
 * text of each column (empty for an empty cell, never null), checked with Jakarta Validation. References
 * to sectors and parents are checked across rows by {@link CustomerCsvImport}.
 *
 * @param id the unit code, required, an id under the {@link fi.hoitomalli.common.TextPolicy} (visible
 *     characters only, at most 64)
 * @param sector the sector's code, required, an id
 * @param parent the parent unit's code, empty for a root unit, else an id
 * @param name the unit's name, required, a name under the text policy (one line, at most 200)
 * @param serviceCentre empty or {@code inherit}, {@code customer}, {@code not_customer}
 */
public record OrgUnitRow(
        @NotBlank @Identifier String id,
        @NotBlank @Identifier String sector,
        @Identifier String parent,
        @NotBlank @Name String name,
        @Pattern(regexp = "(?i)|inherit|customer|not_customer", message = "{fi.hoitomalli.json.csv.serviceCentre}")
        String serviceCentre) {
}
