package fi.hoitomalli.examples.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import fi.hoitomalli.common.Language;

/**
 * Which of the library's languages a page is shown in: the language of the link (a {@code /fi/},
 * {@code /sv/} or {@code /en/} path prefix) when there is one, otherwise the browser's
 * {@code Accept-Language} preference, otherwise Finnish.
 */
final class Languages {

    /** The language when nothing else decides: Vantaa's majority language. */
    static final Language DEFAULT = Language.FI;

    private Languages() {
    }

    /** The language of a path segment such as {@code "sv"}; empty for anything else. */
    static Optional<Language> ofSegment(String segment) {
        for (Language language : Language.values()) {
            if (language.tag().equals(segment)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The most preferred of fi, sv and en in an {@code Accept-Language} header (RFC 9110 weights;
     * {@code sv-FI} counts as Swedish). Finnish when the header is absent, malformed or names none of them.
     */
    static Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
        // parse() sorts by weight and drops q=0; the first range we speak wins
        for (Locale.LanguageRange range : ranges) {
            String primary = range.getRange().split("-", 2)[0];
            Optional<Language> language = ofSegment(primary);
            if (language.isPresent()) {
                return language.get();
            }
        }
        return DEFAULT;
    }
}
