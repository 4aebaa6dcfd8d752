package fi.hoitomalli.json;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One row of {@code sectors.csv} as read, before it becomes a {@link fi.hoitomalli.customer.Sector}: the raw
 * text of each column (empty for an empty cell, never null), checked with Jakarta Validation.
 *
 * @param id the sector code, required, at most 40 characters, no white space
 * @param nameFi the Finnish name, required, at most 200 characters
 * @param nameSv the Swedish name, required, at most 200 characters
 * @param nameEn the English name, required, at most 200 characters
 * @param serviceCentre {@code true} or {@code false}, required
 */
public record SectorRow(
        @NotBlank @Size(max = 40) @Pattern(regexp = "\\S*", message = "{fi.hoitomalli.json.csv.id.whitespace}")
        String id,
        @NotBlank @Size(max = 200) String nameFi,
        @NotBlank @Size(max = 200) String nameSv,
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Pattern(regexp = "(?i)true|false|", message = "{fi.hoitomalli.json.csv.boolean}")
        String serviceCentre) {
}
