package fi.hoitomalli.forms;

import java.util.Objects;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.StaffId;

/** Who answered a feedback (vastaaja): a secretary, or a team lead or manager. */
public sealed interface Respondent permits Respondent.BySecretary, Respondent.ByStaff {

    /**
     * A secretary answered.
     *
     * @param id the secretary
     */
    record BySecretary(SecretaryId id) implements Respondent {
        public BySecretary {
            Objects.requireNonNull(id, "id must not be null");
        }
    }

    /**
     * A team lead, the HR services manager or the lawyer answered.
     *
     * @param id the member of staff
     */
    record ByStaff(StaffId id) implements Respondent {
        public ByStaff {
            Objects.requireNonNull(id, "id must not be null");
        }
    }
}
