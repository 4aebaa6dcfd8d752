package fi.hoitomalli.reminder;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks for text that may end up in a mail header or a subject. Every value that reaches a header goes
 * through here when its record is built, so a CR/LF header injection is rejected at the door with a clear
 * message, and titles that look like personal payroll data (a Finnish personal identity code or an IBAN)
 * never reach a subject line.
 */
final class SafeText {

    /** Identifiers of the things reminded about: no white space, no separators of the key text. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:+-]{1,120}");
    /** Every control character (C0, DEL and C1: {@code \p{Cntrl}} alone knows only ASCII) and line separators. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");
    /** Henkilötunnus, e.g. 010180-123A (centuries +, -, A–F and Y–U of the 2023 reform). */
    private static final Pattern HETU = Pattern.compile("\\b\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]\\b");
    private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\\b");

    private SafeText() {
    }

    /** An id usable in a reminder key; returns it unchanged. */
    static String id(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        checkArgument(ID.matcher(value).matches(),
                "%s must be 1-120 characters of letters, digits and . _ : + - (got '%s')", name, printable(value));
        return value;
    }

    /**
     * A single-line text that may appear in a header (a name, a location): non-blank, at most
     * {@code max} characters, no CR, LF or other control characters.
     */
    static String line(String value, String name, int max) {
        Objects.requireNonNull(value, name + " must not be null");
        checkArgument(!value.isBlank(), "%s must not be blank", name);
        checkArgument(value.length() <= max, "%s must be at most %s characters", name, max);
        checkArgument(!CONTROL.matcher(value).find(),
                "%s must not contain CR, LF or other control characters (mail header injection): '%s'",
                name, printable(value));
        return value;
    }

    /** Whether {@link #line} would accept the value (a collector leaves such a person out instead of failing). */
    static boolean isLine(String value, int max) {
        return value != null && !value.isBlank() && value.length() <= max && !CONTROL.matcher(value).find();
    }

    /**
     * A title that will be part of a subject line: a {@link #line} that also holds no personal identity
     * code or bank account number, because subjects are visible in every inbox listing and mail log.
     */
    static String title(String value, String name) {
        line(value, name, 200);
        checkArgument(!HETU.matcher(value).find() && !IBAN.matcher(value).find(),
                "%s must not contain personal payroll data (a personal identity code or an IBAN): subjects are "
                        + "shown in inbox listings and mail logs", name);
        return value;
    }

    /** Whether {@link #title} would accept the value (a collector skips such a title instead of failing). */
    static boolean isTitle(String value) {
        return isLine(value, 200) && !HETU.matcher(value).find() && !IBAN.matcher(value).find();
    }

    /** Free text for a body (a summary, a note): may span lines, but no other control characters. */
    static String body(String value, String name, int max) {
        Objects.requireNonNull(value, name + " must not be null");
        checkArgument(value.length() <= max, "%s must be at most %s characters", name, max);
        checkArgument(!value.replace("\r\n", "\n").replace('\n', ' ').replace('\t', ' ').chars()
                        .anyMatch(Character::isISOControl),
                "%s must not contain control characters other than line breaks and tabs", name);
        return value;
    }

    /** A web link for a body: http or https, no white space or control characters. */
    static String link(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        checkArgument(value.length() <= 2000 && value.matches("https?://[^\\s\\p{Cntrl}\"<>]+"),
                "%s must be an http(s) link without spaces, quotes or angle brackets: '%s'", name, printable(value));
        return value;
    }

    static String printable(String text) {
        return CONTROL.matcher(text).replaceAll("?");
    }
}
