package fi.hoitomalli.json;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import fi.hoitomalli.common.Identifier;
import fi.hoitomalli.common.Name;

/**
 * One row of {@code sectors.csv} as read, before it becomes a {@link fi.hoitomalli.customer.Sector}: the raw
 * text of each column (empty for an empty cell, never null), checked with Jakarta Validation.
 *
 * @param id the sector code, required, an id under the {@link fi.hoitomalli.common.TextPolicy} (visible
 *     characters only, at most 64)
 * @param nameFi the Finnish name, required, a name under the text policy (one line, at most 200)
 * @param nameSv the Swedish name, required, a name under the text policy
 * @param nameEn the English name, required, a name under the text policy
 * @param serviceCentre {@code true} or {@code false}, required
 */
public record SectorRow(
        @NotBlank @Identifier String id,
        @NotBlank @Name String nameFi,
        @NotBlank @Name String nameSv,
        @NotBlank @Name String nameEn,
        @NotBlank @Pattern(regexp = "(?i)true|false|", message = "{fi.hoitomalli.json.csv.boolean}")
        String serviceCentre) {
}
