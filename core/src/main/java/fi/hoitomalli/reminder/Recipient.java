package fi.hoitomalli.reminder;

import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import java.util.Objects;
import java.util.Optional;

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

    /** The longest display name a {@code To} header takes. */
    static final int MAX_NAME = 120;

    public Recipient {
        SafeText.line(name, "name", MAX_NAME);
        Objects.requireNonNull(address, "address must not be null");
        Objects.requireNonNull(language, "language must not be null");
    }

    /**
     * The recipient, or empty when the name cannot go into a header (blank, longer than 120 characters, a
     * tab, a line break or another control character): the collectors leave such a person out and report
     * them as {@link Unreached.Reason#UNSAFE_NAME}, so one bad directory row never fails a whole batch.
     *
     * @throws NullPointerException if an argument is null
     */
    static Optional<Recipient> ifAddressable(String name, EmailAddress address, Language language) {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(address, "address must not be null");
        Objects.requireNonNull(language, "language must not be null");
        return SafeText.isLine(name, MAX_NAME) ? Optional.of(new Recipient(name, address, language)) : Optional.empty();
    }
}
