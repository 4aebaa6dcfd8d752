package fi.hoitomalli.team;

import java.util.Objects;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.TextPolicy;

/**
 * An HR service secretary (henkilöstöpalvelusihteeri): owns one customer pot and handles every
 * employment-relationship matter of its customers across their whole lifecycle.
 *
 * @param id the secretary's id
 * @param name the display name, a name under the {@link TextPolicy}
 * @param email the work address reminders go to
 * @param language the secretary's working language for reminders and messages
 */
public record Secretary(SecretaryId id, String name, EmailAddress email, Language language) {
    /** @throws IllegalArgumentException if the name is not a name under the {@link TextPolicy} */
    public Secretary {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(email, "email must not be null");
        Objects.requireNonNull(language, "language must not be null");
        TextPolicy.requireName(name, "secretary name (" + id + ")");
    }
}
