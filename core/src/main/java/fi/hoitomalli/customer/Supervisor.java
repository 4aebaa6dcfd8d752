package fi.hoitomalli.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;

/**
 * A supervisor (esimies): the primary customer of the care model, who signs contracts and hands in the
 * changes that the secretaries process. Manages one or more org units (the supervisor→unit relation);
 * works in {@link #unit()}, normally one of them.
 *
 * @param managedUnits the units the supervisor leads, at least one
 */
public record Supervisor(CustomerId id, String name, OrgUnitId unit, AgreementCode agreement, Language language,
                         Optional<EmailAddress> email, Set<OrgUnitId> managedUnits) implements Customer {
    public Supervisor {
        CustomerChecks.common(id, name, unit, agreement, language, email);
        Objects.requireNonNull(managedUnits, "managedUnits must not be null");
        checkArgument(!managedUnits.isEmpty(), "a supervisor manages at least one unit (%s)", id);
        managedUnits = ImmutableSortedSet.copyOf(Comparator.comparing(OrgUnitId::value), managedUnits);
    }

    @Override
    public Role role() {
        return Role.SUPERVISOR;
    }
}
