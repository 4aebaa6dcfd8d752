package fi.hoitomalli.common;

import java.util.Objects;

/**
 * One reason why an input or a plan breaks a rule: where ({@code path}, e.g. {@code "rows[12].email"} or
 * {@code "team.T1/2027-03-02/09:00"}), which rule or message key ({@code "PH-4"},
 * {@code "fi.hoitomalli.customer.email.invalid"}) and the message in fi, sv and en.
 *
 * @param path where the violation is, never null (empty for the whole input)
 * @param rule the rule id or message key, never null
 * @param message the localised message
 */
public record Violation(String path, String rule, LocalizedText message) {

    public Violation {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /** The message in the given language, prefixed with the path when there is one. */
    public String describe(Language language) {
        return path.isEmpty() ? message.in(language) : path + ": " + message.in(language);
    }
}
