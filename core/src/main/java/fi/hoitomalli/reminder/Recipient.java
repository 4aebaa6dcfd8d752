package fi.hoitomalli.reminder;

import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import java.util.Objects;

/**
 * A person a reminder is addressed to (vastaanottaja), already resolved from the directory: the name
 * shown in the {@code To} header, the validated address and the language the reminder is written in.
 *
 * <p>Construction throws {@code IllegalArgumentException} if the name is blank, too long or contains CR/LF or other control characters.
 *
 * @param name the display name, one line without control characters (at most 120 characters)
 * @param address the e-mail address
 * @param language the recipient's language (asiointikieli); picks the fi/sv/en template
 */
public record Recipient(String name, EmailAddress address, Language language) {

    public Recipient {
        SafeText.line(name, "name", 120);
        Objects.requireNonNull(address, "address must not be null");
        Objects.requireNonNull(language, "language must not be null");
    }
}
