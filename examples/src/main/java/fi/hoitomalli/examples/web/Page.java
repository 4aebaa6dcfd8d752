package fi.hoitomalli.examples.web;

import static fi.hoitomalli.examples.web.Html.escape;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import fi.hoitomalli.common.Language;

/**
 * The frame every page shares: an HTML5 document in the page's language ({@code lang}), a skip link, the
 * service centre's name, links to the same page in the other languages, and the main content. Also the
 * way dates are shown. Pages load one style sheet and no scripts.
 *
 * @param language the page's language
 * @param pathAfterLanguage the request path without its language prefix, e.g. {@code /forms/feedback}
 * @param rawQuery the request's query as sent (still percent-encoded), or null
 */
record Page(Language language, String pathAfterLanguage, String rawQuery) {

    /** The style sheet's path. */
    static final String STYLESHEET = "/forms.css";

    private static final DateTimeFormatter FINNISH_STYLE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter ENGLISH_STYLE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    Page {
        Objects.requireNonNull(language, "language must not be null");
        Objects.requireNonNull(pathAfterLanguage, "pathAfterLanguage must not be null");
    }

    /** The page's own text of the key. */
    String text(String key, Object... namedArgs) {
        return WebTexts.text(language, key, namedArgs);
    }

    /** The path of the same page in the language. */
    String pathIn(Language other) {
        return "/" + other.tag() + pathAfterLanguage + (rawQuery == null ? "" : "?" + rawQuery);
    }

    /** The day as written in Finland ({@code 17.3.2027}; English {@code 17 Mar 2027}), machine-readable too. */
    String date(LocalDate day) {
        return "<time datetime=\"" + day + "\">" + escape(plainDate(day)) + "</time>";
    }

    /** The day as written in Finland, as plain text (for sentences). */
    String plainDate(LocalDate day) {
        return (language == Language.EN ? ENGLISH_STYLE : FINNISH_STYLE).format(day);
    }

    /** The whole document; {@code title} is text, {@code main} is HTML built from escaped parts. */
    String document(String title, String main) {
        return document(title, main, "");
    }

    /** The whole document with a content column wide enough for a table. */
    String wideDocument(String title, String main) {
        return document(title, main, " class=\"wide\"");
    }

    private String document(String title, String main, String mainAttributes) {
        StringBuilder html = new StringBuilder(4096 + main.length());
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\">\n")
                .append("</head>\n<body>\n")
                .append("<a class=\"skip-link\" href=\"#main\">").append(escape(text("web.skip"))).append("</a>\n")
                .append("<header class=\"masthead\">\n<p class=\"brand\">").append(escape(text("web.brand")))
                .append("</p>\n");
        languageLinks(html);
        html.append("</header>\n<main id=\"main\" tabindex=\"-1\"").append(mainAttributes).append(">\n").append(main)
                .append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** A page that only says something (a rejected post, an unknown address), with an optional link back. */
    String message(String titleKey, String textKey, String backPath) {
        String title = text(titleKey);
        StringBuilder main = new StringBuilder();
        main.append("<h1>").append(escape(title)).append("</h1>\n<p>").append(escape(text(textKey))).append("</p>\n");
        if (backPath != null) {
            main.append("<p><a href=\"").append(escape(backPath)).append("\">").append(escape(text("web.back")))
                    .append("</a></p>\n");
        }
        return document(title, main.toString());
    }

    private void languageLinks(StringBuilder html) {
        html.append("<nav aria-label=\"").append(escape(text("web.languages"))).append("\">\n")
                .append("<ul class=\"languages\">\n");
        for (Language other : Language.values()) {
            String name = WebTexts.text(other, "web.languageName");
            html.append("<li>");
            if (other == language) {
                html.append("<a href=\"").append(escape(pathIn(other))).append("\" aria-current=\"page\" lang=\"")
                        .append(other.tag()).append("\">").append(escape(name)).append("</a>");
            } else {
                html.append("<a href=\"").append(escape(pathIn(other))).append("\" lang=\"").append(other.tag())
                        .append("\" hreflang=\"").append(other.tag()).append("\">").append(escape(name)).append("</a>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n</nav>\n");
    }
}
