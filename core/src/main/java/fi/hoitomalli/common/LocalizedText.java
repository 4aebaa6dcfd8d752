package fi.hoitomalli.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A text in the three languages of the library (Finnish, Swedish, English), e.g. a sector's name or a
 * validation message. All three are required and non-blank, so no reader ever falls back silently.
 *
 * @param fi the Finnish text
 * @param sv the Swedish text
 * @param en the English text
 */
public record LocalizedText(String fi, String sv, String en) {

    public LocalizedText {
        Objects.requireNonNull(fi, "fi must not be null");
        Objects.requireNonNull(sv, "sv must not be null");
        Objects.requireNonNull(en, "en must not be null");
        checkArgument(!fi.isBlank() && !sv.isBlank() && !en.isBlank(), "localized text must not be blank");
    }

    /** The same text in all three languages (proper names, codes). */
    public static LocalizedText same(String text) {
        return new LocalizedText(text, text, text);
    }

    /** The text in the given language. */
    public String in(Language language) {
        return switch (Objects.requireNonNull(language, "language must not be null")) {
            case FI -> fi;
            case SV -> sv;
            case EN -> en;
        };
    }
}
