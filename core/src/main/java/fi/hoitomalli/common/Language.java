package fi.hoitomalli.common;

import java.util.Locale;

/**
 * A language the care model serves its customers in (asiointikieli): Finnish, Swedish or English.
 * Vantaa is bilingual (fi/sv); English is the third language of the library's messages.
 */
public enum Language {
    FI("fi"),
    SV("sv"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The ISO 639-1 code, e.g. {@code "fi"}. */
    public String tag() {
        return tag;
    }

    /** The locale used to pick message bundles for this language. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /**
     * The language for an ISO 639-1 code, case-insensitive.
     *
     * @throws IllegalArgumentException if the code is none of fi, sv, en
     */
    public static Language ofTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag.trim())) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language tag: " + tag + " (expected fi, sv or en)");
    }
}
