package fi.hoitomalli.access;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/** The answer of the access policy: allowed or denied, with the basis in plain words (for audit logs). */
public sealed interface AccessDecision permits AccessDecision.Allowed, AccessDecision.Denied {

    /** Whether reading is allowed. */
    boolean allowed();

    /** Why, e.g. {@code "own pot"} or {@code "deny by default"}. */
    String basis();

    /**
     * Reading is allowed.
     *
     * @param basis why
     */
    record Allowed(String basis) implements AccessDecision {
        public Allowed {
            Objects.requireNonNull(basis, "basis must not be null");
            checkArgument(!basis.isBlank(), "basis must not be blank");
        }

        @Override
        public boolean allowed() {
            return true;
        }
    }

    /**
     * Reading is denied.
     *
     * @param basis why
     */
    record Denied(String basis) implements AccessDecision {
        public Denied {
            Objects.requireNonNull(basis, "basis must not be null");
            checkArgument(!basis.isBlank(), "basis must not be blank");
        }

        @Override
        public boolean allowed() {
            return false;
        }
    }
}
