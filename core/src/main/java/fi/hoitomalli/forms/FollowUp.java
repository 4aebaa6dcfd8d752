package fi.hoitomalli.forms;

import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.common.TextPolicy;

/**
 * A follow-up action decided when a feedback was closed (jatkotoimenpide), e.g. an action added to the
 * sector's account plan, referenced by its id (the forms do not know plan types).
 *
 * @param description what will be done: a multi-line text under the {@link TextPolicy} of at most
 *        {@value TextPolicy#TEXT_MAX} characters, which may be empty (and is after retention)
 * @param planActionId the id of the account plan action, if the action went into a plan: an id under the
 *        {@link TextPolicy}
 */
public record FollowUp(String description, Optional<String> planActionId) {
    /**
     * @throws IllegalArgumentException if the description holds a character the {@link TextPolicy} rejects
     *     or is too long, or the plan action id is not an id the policy accepts
     */
    public FollowUp {
        TextPolicy.requireCharacters(TextPolicy.Kind.MULTI_LINE, description, TextPolicy.TEXT_MAX,
                "follow-up description");
        Objects.requireNonNull(planActionId, "planActionId must not be null");
        planActionId.ifPresent(a -> TextPolicy.requireIdentifier(a, "plan action id"));
    }

    /** The same follow-up without its free text (AX-2); the plan reference stays. */
    public FollowUp withoutText() {
        return new FollowUp("", planActionId);
    }
}
