package fi.hoitomalli.json;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Identifier;
import fi.hoitomalli.common.Name;
import fi.hoitomalli.common.TextPolicy;

/**
 * One row of {@code customers.csv} as read, before it becomes a {@link fi.hoitomalli.customer.Customer}: the
 * raw text of each column (empty for an empty cell, never null) plus the unit and agreement codes that
 * the row may name, checked with Jakarta Validation. References to other customers (the supervisor) and
 * duplicate ids are checked across rows by {@link CustomerCsvImport}.
 *
 * @param id the customer's id in the HR system, required, an id under the
 *     {@link fi.hoitomalli.common.TextPolicy} (visible characters only, at most 64)
 * @param role {@code employee}, {@code supervisor} or {@code executive}, required
 * @param name the display name, required, a name under the text policy (one line, at most 200)
 * @param unit the unit the customer works in, required, an id, must be a known unit
 * @param agreement the collective agreement's code, required, an id, must be a known agreement
 * @param language {@code fi}, {@code sv} or {@code en}, required
 * @param email the work e-mail address, may be empty, else a valid address
 * @param supervisor the own supervisor's id, only for employees, may be empty, else an id
 * @param managedUnits the units a supervisor manages, separated by {@code ;} (spaces around a code are
 *     ignored, no other character); required for supervisors
 *     and empty for the other roles; each must be an id and a known unit
 * @param knownUnits the unit codes of the import (from {@code units.csv})
 * @param knownAgreements the agreement codes the city uses
 */
public record CustomerRow(
        @NotBlank @Identifier String id,
        @NotBlank @Pattern(regexp = "(?i)|employee|supervisor|executive", message = "{fi.hoitomalli.json.csv.role}")
        String role,
        @NotBlank @Name String name,
        @NotBlank @Identifier String unit,
        @NotBlank @Identifier String agreement,
        @NotBlank @Pattern(regexp = "(?i)|fi|sv|en", message = "{fi.hoitomalli.json.csv.language}")
        String language,
        String email,
        @Identifier String supervisor,
        String managedUnits,
        Set<String> knownUnits,
        Set<String> knownAgreements) {

    // only spaces are taken from around a code: any other white space is part of it, and reported
    private static final Splitter UNIT_LIST = Splitter.on(';').trimResults(CharMatcher.is(' ')).omitEmptyStrings();

    public CustomerRow {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
        Objects.requireNonNull(agreement, "agreement must not be null");
        Objects.requireNonNull(language, "language must not be null");
        Objects.requireNonNull(email, "email must not be null");
        Objects.requireNonNull(supervisor, "supervisor must not be null");
        Objects.requireNonNull(managedUnits, "managedUnits must not be null");
        knownUnits = ImmutableSet.copyOf(Objects.requireNonNull(knownUnits, "knownUnits must not be null"));
        knownAgreements = ImmutableSet.copyOf(
                Objects.requireNonNull(knownAgreements, "knownAgreements must not be null"));
    }

    /** The role in lower case, e.g. {@code supervisor}. */
    public String normalisedRole() {
        return role.toLowerCase(Locale.ROOT);
    }

    /** The managed units as a list of codes, in the order written. */
    public List<String> managedUnitList() {
        return UNIT_LIST.splitToList(managedUnits);
    }

    /** The unit is empty (reported as required) or one of the import's units. */
    @AssertTrue(message = "{fi.hoitomalli.json.csv.unit.unknown}")
    public boolean isUnitKnown() {
        return unit.isBlank() || knownUnits.contains(unit);
    }

    /** The agreement is empty (reported as required) or one the city uses. */
    @AssertTrue(message = "{fi.hoitomalli.json.csv.agreement.unknown}")
    public boolean isAgreementKnown() {
        return agreement.isBlank() || knownAgreements.contains(agreement);
    }

    /** The e-mail cell is empty or holds an address {@link EmailAddress} accepts. */
    @AssertTrue(message = "{fi.hoitomalli.json.csv.email}")
    public boolean isEmailValid() {
        return email.isEmpty() || EmailAddress.isValid(email);
    }

    /** Only an employee names a supervisor. */
    @AssertTrue(message = "{fi.hoitomalli.json.csv.supervisor.notAllowed}")
    public boolean isSupervisorAllowed() {
        return supervisor.isEmpty() || !isRole("supervisor") && !isRole("executive");
    }

    /** A supervisor manages at least one unit. */
    @AssertTrue(message = "{fi.hoitomalli.json.csv.managedUnits.required}")
    public boolean isManagedUnitsRequired() {
        return !isRole("supervisor") || !managedUnitList().isEmpty();
    }

    /** Only a supervisor manages units. */
    @AssertTrue(message = "{fi.hoitomalli.json.csv.managedUnits.notAllowed}")
    public boolean isManagedUnitsAllowed() {
        return managedUnitList().isEmpty() || !isRole("employee") && !isRole("executive");
    }

    /** Every managed unit is an id under the text policy. */
    @AssertTrue(message = "{fi.hoitomalli.json.csv.managedUnits.invalid}")
    public boolean isManagedUnitsValid() {
        return managedUnitList().stream().allMatch(TextPolicy::isIdentifier);
    }

    /** Every managed unit is one of the import's units. */
    @AssertTrue(message = "{fi.hoitomalli.json.csv.managedUnits.unknown}")
    public boolean isManagedUnitsKnown() {
        return knownUnits.containsAll(managedUnitList());
    }

    private boolean isRole(String name) {
        return normalisedRole().equals(name);
    }
}
