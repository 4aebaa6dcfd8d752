package fi.hoitomalli.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address (sähköpostiosoite) of a customer or a member of staff. Checked to the practical
 * subset that city directories hold (local part, one {@code @}, a dotted domain) and, above all, free of
 * white space and control characters so that it can never inject a mail header. Stored in lower case.
 *
 * @param value the address, e.g. {@code maija.meikalainen@vantaa.fi}
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE =
            Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");

    public EmailAddress {
        Objects.requireNonNull(value, "value must not be null");
        checkArgument(value.length() <= 254, "e-mail address longer than 254 characters");
        if (!isValid(value)) {
            // built only on failure: printing the address compiles a pattern, too slow for every address
            throw new IllegalArgumentException("not a valid e-mail address: " + printable(value));
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    /** Whether the text is an address this type accepts; never throws. */
    public static boolean isValid(String text) {
        return text != null && text.length() <= 254 && SHAPE.matcher(text).matches();
    }

    private static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }

    @Override
    public String toString() {
        return value;
    }
}
