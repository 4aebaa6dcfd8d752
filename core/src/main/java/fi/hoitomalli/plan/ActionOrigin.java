package fi.hoitomalli.plan;

import java.util.Objects;

/**
 * What caused a development action: a customer feedback record (asiakaspalaute) or a customer meeting /
 * account team meeting, referred to by id (the plan does not depend on those features).
 *
 * <p>Its texts hold no character the {@link fi.hoitomalli.common.TextPolicy} rejects (there is no length
 * limit); the constructor throws {@code IllegalArgumentException} for one that does.
 *
 * @param kind feedback or meeting
 * @param id the id of the feedback record or meeting, non-blank
 */
public record ActionOrigin(Kind kind, String id) {
    public ActionOrigin {
        Objects.requireNonNull(kind, "kind must not be null");
        Texts.nonBlank(id, "id");
    }

    /** The kinds of record an action can come from. */
    public enum Kind {
        FEEDBACK,
        MEETING
    }

    /** An action caused by the feedback record with the id. */
    public static ActionOrigin feedback(String id) {
        return new ActionOrigin(Kind.FEEDBACK, id);
    }

    /** An action agreed in the meeting with the id. */
    public static ActionOrigin meeting(String id) {
        return new ActionOrigin(Kind.MEETING, id);
    }
}
