package fi.hoitomalli.forms;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;

/**
 * A follow-up action decided when a feedback was closed (jatkotoimenpide), e.g. an action added to the
 * sector's account plan, referenced by its id (the forms do not know plan types).
 *
 * @param description what will be done (free text; empty after retention)
 * @param planActionId the id of the account plan action, if the action went into a plan
 */
public record FollowUp(String description, Optional<String> planActionId) {
    public FollowUp {
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(planActionId, "planActionId must not be null");
        planActionId.ifPresent(a -> checkArgument(!a.isBlank(), "planActionId must not be blank"));
    }

    /** The same follow-up without its free text (AX-2); the plan reference stays. */
    public FollowUp withoutText() {
        return new FollowUp("", planActionId);
    }
}
