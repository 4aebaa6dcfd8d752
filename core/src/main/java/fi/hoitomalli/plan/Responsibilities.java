package fi.hoitomalli.plan;

import java.util.List;

/**
 * Section 3 of an account plan, responsibilities (vastuut): how the relationship is organised — the
 * account manager (asiakkuusvastaava), the account team with roles — and the effort put in.
 *
 * <p>Its texts hold no character the {@link fi.hoitomalli.common.TextPolicy} rejects (there is no length
 * limit); the constructor throws {@code IllegalArgumentException} for one that does.
 *
 * @param accountManager the account manager, empty while not named
 * @param accountTeam the account team's members with roles
 * @param effort the effort put into the relationship, e.g. "4 account team meetings, 2 visits per secretary"
 */
public record Responsibilities(String accountManager, List<AccountTeamMember> accountTeam, String effort) {
    public Responsibilities {
        Texts.text(accountManager, "accountManager");
        accountTeam = Texts.list(accountTeam, "accountTeam");
        Texts.text(effort, "effort");
    }

    /** A section with nothing filled in yet. */
    public static Responsibilities empty() {
        return new Responsibilities("", List.of(), "");
    }
}
