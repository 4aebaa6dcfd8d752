package fi.hoitomalli.team;

import java.util.Objects;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.TextPolicy;

/**
 * A member of staff above the secretaries in the escalation chain: a team lead (lähiesimies), the HR
 * services manager (henkilöstöpalvelupäällikkö) or the labour-market lawyer (työmarkkinalakimies).
 *
 * @param id the person's id
 * @param name the display name
 * @param email the work address
 * @param language the working language
 */
public record StaffMember(StaffId id, String name, EmailAddress email, Language language) {
    /** @throws IllegalArgumentException if the name is not a name under the {@link TextPolicy} */
    public StaffMember {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(email, "email must not be null");
        Objects.requireNonNull(language, "language must not be null");
        TextPolicy.requireName(name, "staff member name (" + id + ")");
    }
}
