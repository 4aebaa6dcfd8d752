package fi.hoitomalli.forms;

import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.SectorId;

/**
 * The segment attributes of the customer who gave a feedback, as they were on the day it was received
 * (asiakassegmentti), so that summaries stay right when people later move between sectors or roles.
 *
 * @param sector the customer's sector (toimiala)
 * @param role the customer's role
 * @param agreement the collective agreement that applied, when known (feedback of a steering group has none)
 */
public record CustomerSegment(SectorId sector, Role role, Optional<AgreementCode> agreement) {
    public CustomerSegment {
        Objects.requireNonNull(sector, "sector must not be null");
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(agreement, "agreement must not be null");
    }
}
