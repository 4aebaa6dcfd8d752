package fi.hoitomalli.mail;

import java.util.regex.Pattern;

/**
 * The last check before a value becomes a mail header: no CR, LF or other control characters, whatever
 * the core records already checked. A value that fails is rejected, never cleaned, so an injection attempt
 * cannot turn into a different but still delivered message.
 */
final class HeaderGuard {

    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]");

    private HeaderGuard() {
    }

    /**
     * The value unchanged if it is safe in a header.
     *
     * @throws UnsafeHeaderException naming the header if it holds CR, LF or another control character
     */
    static String check(String header, String value) {
        if (value == null || UNSAFE.matcher(value).find()) {
            throw new UnsafeHeaderException("rejected " + header + ": it contains CR, LF or another control "
                    + "character (mail header injection)");
        }
        return value;
    }

    /** A header value that would allow header injection; the reminder fails permanently. */
    static final class UnsafeHeaderException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnsafeHeaderException(String message) {
            super(message);
        }
    }
}
