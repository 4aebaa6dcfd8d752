package fi.hoitomalli.access;

import java.util.Objects;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.StaffId;

/**
 * Who is asking to read something (käyttäjä), in the role the embedding system authenticated. The
 * library does not authenticate: it decides, for the actor it is given, what that actor may read (AX-1).
 */
public sealed interface Actor
        permits Actor.Secretary, Actor.TeamLead, Actor.ManagementGroup, Actor.SectorHrUnit, Actor.Supervisor {

    /**
     * An HR service secretary (henkilöstöpalvelusihteeri): the own pot's records, and the substitute
     * partner's while substituting.
     *
     * @param id the secretary
     */
    record Secretary(SecretaryId id) implements Actor {
        public Secretary {
            Objects.requireNonNull(id, "id must not be null");
        }
    }

    /**
     * A team lead (lähiesimies) acting for the own team: the team's records and summary.
     *
     * @param id the team lead
     */
    record TeamLead(StaffId id) implements Actor {
        public TeamLead {
            Objects.requireNonNull(id, "id must not be null");
        }
    }

    /**
     * A member of the management group (johtoryhmä) acting as such: everything and every aggregate.
     *
     * @param id the member (the HR services manager or a team lead)
     */
    record ManagementGroup(StaffId id) implements Actor {
        public ManagementGroup {
            Objects.requireNonNull(id, "id must not be null");
        }
    }

    /**
     * A sector's own HR unit (toimialan henkilöstöyksikkö): its sector's account plan and aggregates.
     *
     * @param sector the sector the unit serves
     */
    record SectorHrUnit(SectorId sector) implements Actor {
        public SectorHrUnit {
            Objects.requireNonNull(sector, "sector must not be null");
        }
    }

    /**
     * A supervisor (esimies), a customer: the own sector's account plan summary and the status of the
     * own feedback.
     *
     * @param id the supervisor's customer id
     */
    record Supervisor(CustomerId id) implements Actor {
        public Supervisor {
            Objects.requireNonNull(id, "id must not be null");
        }
    }
}
