package fi.hoitomalli.examples.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields of an {@code application/x-www-form-urlencoded} body or query string, decoded as UTF-8 with
 * {@link URLDecoder}. A name given twice keeps its first value (no field of the forms repeats).
 *
 * @param values field name to value, in the order sent
 */
record UrlEncodedForm(Map<String, String> values) {

    UrlEncodedForm {
        values = Map.copyOf(values);
    }

    /** No fields. */
    static UrlEncodedForm empty() {
        return new UrlEncodedForm(Map.of());
    }

    /**
     * Decodes {@code a=1&b=x%20y}; null or empty gives no fields.
     *
     * @throws IllegalArgumentException on a malformed percent escape
     */
    static UrlEncodedForm parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.putIfAbsent(name, value);
            }
        }
        return new UrlEncodedForm(values);
    }

    /**
     * Reads a request body of at most {@code limit} bytes.
     *
     * @return the body, or empty when it is longer than the limit (the rest is not read)
     * @throws IOException when reading fails
     */
    static Optional<byte[]> readAtMost(InputStream body, int limit) throws IOException {
        Objects.requireNonNull(body, "body must not be null");
        byte[] read = body.readNBytes(limit + 1);
        return read.length > limit ? Optional.empty() : Optional.of(read);
    }

    /** The value of the field, or the empty text when it was not sent. */
    String value(String name) {
        return values.getOrDefault(name, "");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
