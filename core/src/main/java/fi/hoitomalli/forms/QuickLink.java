package fi.hoitomalli.forms;

import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/**
 * What a quick link (pikalinkki) behind a button of an HR-desktop plugin opens: one of the two forms,
 * optionally prefilled with the recorder and the team. Expanded and parsed by {@link QuickLinkTemplate}.
 *
 * @param form which form
 * @param recorder the secretary to prefill, if any
 * @param team the team to prefill, if any
 */
public record QuickLink(FormKind form, Optional<SecretaryId> recorder, Optional<TeamId> team) {
    public QuickLink {
        Objects.requireNonNull(form, "form must not be null");
        Objects.requireNonNull(recorder, "recorder must not be null");
        Objects.requireNonNull(team, "team must not be null");
    }

    /** A link to the form prefilled for the secretary of the team. */
    public static QuickLink prefilled(FormKind form, SecretaryId recorder, TeamId team) {
        return new QuickLink(form, Optional.of(recorder), Optional.of(team));
    }
}
