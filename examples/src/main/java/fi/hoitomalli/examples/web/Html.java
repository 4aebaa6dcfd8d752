package fi.hoitomalli.examples.web;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/**
 * HTML escaping for the pages of the web forms: every text that reaches a page, typed by a user or read
 * from the library, goes through here, in element content and in quoted attribute values alike.
 */
final class Html {

    private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

    private Html() {
    }

    /** The text with {@code & < > " '} escaped; null becomes the empty text. */
    static String escape(String text) {
        return text == null ? "" : ESCAPER.escape(text);
    }
}
