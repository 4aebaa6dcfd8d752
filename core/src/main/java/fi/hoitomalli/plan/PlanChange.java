package fi.hoitomalli.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two versions of an account plan: a field that was added, removed or changed,
 * named by its path, e.g. {@code development.actions[A-3].status}.
 *
 * <p>Its texts hold no character the {@link fi.hoitomalli.common.TextPolicy} rejects (there is no length
 * limit); the constructor throws {@code IllegalArgumentException} for one that does.
 *
 * @param path where in the plan, non-blank
 * @param before the value before, empty if the field was added
 * @param after the value after, empty if the field was removed
 */
public record PlanChange(String path, Optional<String> before, Optional<String> after) {
    public PlanChange {
        Texts.nonBlank(path, "path");
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("a change at " + path + " needs a value before or after");
        }
    }

    /** One readable line: {@code + path: "new"}, {@code - path: "old"} or {@code ~ path: "old" → "new"}. */
    public String describe() {
        if (before.isEmpty()) {
            return "+ " + path + ": " + quote(after.get());
        }
        if (after.isEmpty()) {
            return "- " + path + ": " + quote(before.get());
        }
        return "~ " + path + ": " + quote(before.get()) + " → " + quote(after.get());
    }

    private static String quote(String value) {
        return "\"" + value + "\"";
    }
}
