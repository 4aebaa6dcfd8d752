package fi.hoitomalli.customer;

import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/** Constructor checks shared by the customer records. */
final class CustomerChecks {

    private CustomerChecks() {
    }

    static void common(CustomerId id, String name, OrgUnitId unit, AgreementCode agreement, Object language,
                       Object email) {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
        Objects.requireNonNull(agreement, "agreement must not be null");
        Objects.requireNonNull(language, "language must not be null");
        Objects.requireNonNull(email, "email must not be null");
        TextPolicy.requireName(name, "customer name (" + id + ")");
    }
}
