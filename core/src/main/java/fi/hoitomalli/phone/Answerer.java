package fi.hoitomalli.phone;

import java.util.Objects;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.StaffId;

/**
 * Who answers a secretary's published phone window on a concrete day (PH-7): the secretary herself, her
 * substitute partner during a long absence, the team lead when both are away, or nobody (voicemail,
 * during a short absence).
 */
public sealed interface Answerer permits Answerer.Own, Answerer.Partner, Answerer.TeamLead, Answerer.Voicemail {

    /** Whether a person answers (not voicemail). */
    default boolean answers() {
        return !(this instanceof Voicemail);
    }

    /** @param secretary the window's own secretary, who is present */
    record Own(SecretaryId secretary) implements Answerer {
        public Own {
            Objects.requireNonNull(secretary, "secretary must not be null");
        }
    }

    /** @param partner the substitute partner covering a long absence */
    record Partner(SecretaryId partner) implements Answerer {
        public Partner {
            Objects.requireNonNull(partner, "partner must not be null");
        }
    }

    /** @param lead the team lead, when the secretary and her partner are both away */
    record TeamLead(StaffId lead) implements Answerer {
        public TeamLead {
            Objects.requireNonNull(lead, "lead must not be null");
        }
    }

    /** Nobody: a short absence is not substituted, callers leave a message. */
    record Voicemail() implements Answerer {
    }
}
