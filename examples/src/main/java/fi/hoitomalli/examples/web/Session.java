package fi.hoitomalli.examples.web;

import com.sun.net.httpserver.HttpExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The browser's session: its id from the cookie, or a new one to set.
 *
 * @param id the session id
 * @param isNew whether the cookie must be set
 */
record Session(String id, boolean isNew) {

    /** The session cookie's name; the cookie is HttpOnly and SameSite=Strict. */
    static final String COOKIE = "hoitomalli_session";

    /** The browser's session, or a new one when it sent no (well-formed) session cookie. */
    static Session of(HttpExchange exchange, CsrfTokens tokens) {
        return idOf(exchange).map(id -> new Session(id, false))
                .orElseGet(() -> new Session(tokens.newSessionId(), true));
    }

    /** The session id of the request's cookie, if it sent a well-formed one. */
    static Optional<String> idOf(HttpExchange exchange) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String cookie : header.split(";")) {
                String[] pair = cookie.trim().split("=", 2);
                if (pair.length == 2 && pair[0].equals(COOKIE)
                        && CsrfTokens.isWellFormedSessionId(pair[1])) {
                    return Optional.of(pair[1]);
                }
            }
        }
        return Optional.empty();
    }

    /** The response headers of a page with a form: no caching, and the cookie when the session is new. */
    List<String[]> cookieHeaders() {
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"Cache-Control", "no-store"});
        if (isNew) {
            headers.add(new String[] {"Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict"});
        }
        return headers;
    }
}
