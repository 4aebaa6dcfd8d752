package fi.hoitomalli.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored version of an account plan (suunnitelman versio): the plan as it was after a change, who
 * changed it, when and why (e.g. "updated in the account team meeting of 12 March"). Version numbers
 * of a plan start at 1 and grow by one with every change.
 *
 * <p>Its texts hold no character the {@link fi.hoitomalli.common.TextPolicy} rejects (there is no length
 * limit); the constructor throws {@code IllegalArgumentException} for one that does.
 *
 * @param plan the plan's content in this version
 * @param version the version number, at least 1
 * @param author who made the change, non-blank
 * @param changedAt when the change was saved
 * @param reason why, non-blank
 */
public record AccountPlanVersion(AccountPlan plan, long version, String author, Instant changedAt, String reason) {
    public AccountPlanVersion {
        Objects.requireNonNull(plan, "plan must not be null");
        checkArgument(version >= 1, "plan versions start at 1: %s", version);
        Texts.nonBlank(author, "author");
        Objects.requireNonNull(changedAt, "changedAt must not be null");
        Texts.nonBlank(reason, "reason");
    }
}
