package fi.hoitomalli.plan;

/**
 * A member of the sector's account team (asiakkuustiimi) as named in the plan's responsibilities.
 *
 * <p>Its texts hold no character the {@link fi.hoitomalli.common.TextPolicy} rejects (there is no length
 * limit); the constructor throws {@code IllegalArgumentException} for one that does.
 *
 * @param person who (a name or an id of the embedding system), non-blank
 * @param role the member's role, e.g. "sector HR manager", "team lead"
 */
public record AccountTeamMember(String person, String role) {
    public AccountTeamMember {
        Texts.nonBlank(person, "person");
        Texts.text(role, "role");
    }
}
