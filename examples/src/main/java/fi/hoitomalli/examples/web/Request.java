package fi.hoitomalli.examples.web;

import static fi.hoitomalli.examples.web.FormsWebServer.header;

import com.sun.net.httpserver.HttpExchange;
import java.util.Optional;
import fi.hoitomalli.common.Language;

/**
 * A request's language and where it goes.
 *
 * @param page the page's language and address
 * @param rest the path after the language prefix
 * @param rawQuery the query as sent, or null
 * @param target the path and query as requested (where a form posts back to)
 */
record Request(Page page, String rest, String rawQuery, String target) {

    /** The request of the exchange; its language from the path prefix, else from {@code Accept-Language}. */
    static Request of(HttpExchange exchange) {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String[] parts = path.split("/", 3);
        Optional<Language> prefix = parts.length >= 2 ? Languages.ofSegment(parts[1]) : Optional.empty();
        Language language = prefix.orElseGet(() -> Languages.negotiate(header(exchange, "Accept-Language")
                .orElse(null)));
        String rest = prefix.isPresent() ? path.substring(1 + parts[1].length()) : path;
        String target = path + (query == null ? "" : "?" + query);
        return new Request(new Page(language, rest, query), rest, query, target);
    }
}
