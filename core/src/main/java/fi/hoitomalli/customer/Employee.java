package fi.hoitomalli.customer;

import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;

/**
 * An employee (palkansaaja): a secondary customer whose discretionary matters go to the own supervisor
 * first (ground rule GR-11).
 *
 * @param supervisor the employee's own supervisor, when the directory knows it
 */
public record Employee(CustomerId id, String name, OrgUnitId unit, AgreementCode agreement, Language language,
                       Optional<EmailAddress> email, Optional<CustomerId> supervisor) implements Customer {
    public Employee {
        CustomerChecks.common(id, name, unit, agreement, language, email);
        Objects.requireNonNull(supervisor, "supervisor must not be null");
    }

    @Override
    public Role role() {
        return Role.EMPLOYEE;
    }
}
