package fi.hoitomalli.plan;

/**
 * A key person of the customer relationship (avainhenkilö) and how we relate to them.
 *
 * <p>Its texts hold no character the {@link fi.hoitomalli.common.TextPolicy} rejects (there is no length
 * limit); the constructor throws {@code IllegalArgumentException} for one that does.
 *
 * @param name the person's name, non-blank
 * @param role the person's role in the sector, e.g. "HR manager"
 * @param relation the relation to us, e.g. "meets the account manager monthly"
 */
public record KeyPerson(String name, String role, String relation) {
    public KeyPerson {
        Texts.nonBlank(name, "name");
        Texts.text(role, "role");
        Texts.text(relation, "relation");
    }
}
