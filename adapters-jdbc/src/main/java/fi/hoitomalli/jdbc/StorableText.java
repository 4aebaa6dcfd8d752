package fi.hoitomalli.jdbc;

import java.util.Optional;

/**
 * The texts every supported database stores and hands back unchanged, checked before a store writes
 * anything: at most {@value #MAX_LENGTH} characters ({@link String#length()}) in a text column, and no
 * character that one of them cannot keep — U+0000 (PostgreSQL refuses it in text and {@code jsonb}) and
 * an unpaired surrogate (UTF-8 has no encoding for it: PostgreSQL and MariaDB would store a replacement
 * character). Every other character of Unicode, astral ones included, is stored as it is.
 */
final class StorableText {

    /**
     * The longest text of a text column ({@code ${text}}): far above the forms' and plans' own limits,
     * and small enough that a row with its documents fits a MariaDB packet of the default 16 MiB.
     */
    static final int MAX_LENGTH = 100_000;

    private StorableText() {
    }

    /**
     * Refuses a text longer than {@value #MAX_LENGTH} characters or holding a character no supported
     * database stores.
     *
     * @param what the field, for the message, e.g. {@code "the author of account plan SIVI/2027"}
     * @throws IllegalArgumentException if the text cannot be stored
     */
    static void check(String what, String text) {
        check(what, text, MAX_LENGTH);
    }

    /** {@link #check(String, String)} for a column of its own length, e.g. {@code VARCHAR(200)}. */
    static void check(String what, String text, int maxLength) {
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(what + " is " + text.length() + " characters long, longer than the "
                    + maxLength + " it may be; nothing was stored");
        }
        checkCharacters(what, text);
    }

    /**
     * Refuses a text holding a character no supported database stores, whatever its length.
     *
     * @throws IllegalArgumentException if it holds one
     */
    static void checkCharacters(String what, String text) {
        unstorable(text).ifPresent(problem -> {
            throw new IllegalArgumentException(what + " " + problem + ", which not every supported database can "
                    + "store; nothing was stored");
        });
    }

    /** What in the text no supported database stores, e.g. "holds U+0000 at index 3"; empty when nothing. */
    static Optional<String> unstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return Optional.of("holds U+0000 at index " + i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("holds an unpaired surrogate U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                        + " at index " + i);
            }
        }
        return Optional.empty();
    }
}
