package fi.hoitomalli.customer;

import java.util.Optional;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;

/**
 * A member of a sector's senior management (toimialan johto): reached through the account plan, the
 * account team and the customer steering group rather than phone hours.
 */
public record Executive(CustomerId id, String name, OrgUnitId unit, AgreementCode agreement, Language language,
                        Optional<EmailAddress> email) implements Customer {
    public Executive {
        CustomerChecks.common(id, name, unit, agreement, language, email);
    }

    @Override
    public Role role() {
        return Role.EXECUTIVE;
    }
}
