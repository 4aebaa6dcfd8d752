package fi.hoitomalli.access;

import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/** Something an actor wants to read, described by what the access policy needs to know about it. */
public sealed interface Resource
        permits Resource.Record, Resource.Summary, Resource.AccountPlan, Resource.AccountPlanSummary {

    /**
     * One record (a form) or its status.
     *
     * @param kind what is read
     * @param team the team the record belongs to
     * @param recorder the secretary who recorded it
     * @param customer the customer it is about, if any (its pot owner counts as an owner of the record)
     * @param sector the customer's sector at the time, if known
     */
    record Record(RecordKind kind, TeamId team, SecretaryId recorder, Optional<CustomerId> customer,
                  Optional<SectorId> sector) implements Resource {
        public Record {
            Objects.requireNonNull(kind, "kind must not be null");
            Objects.requireNonNull(team, "team must not be null");
            Objects.requireNonNull(recorder, "recorder must not be null");
            Objects.requireNonNull(customer, "customer must not be null");
            Objects.requireNonNull(sector, "sector must not be null");
        }

        /** The same record read as another kind (e.g. only its status). */
        public Record as(RecordKind otherKind) {
            return new Record(otherKind, team, recorder, customer, sector);
        }
    }

    /**
     * An aggregate over the records of a scope.
     *
     * @param scope the records it is computed over
     */
    record Summary(SummaryScope scope) implements Resource {
        public Summary {
            Objects.requireNonNull(scope, "scope must not be null");
        }
    }

    /**
     * A sector's whole account plan (asiakkuussuunnitelma).
     *
     * @param sector the sector
     */
    record AccountPlan(SectorId sector) implements Resource {
        public AccountPlan {
            Objects.requireNonNull(sector, "sector must not be null");
        }
    }

    /**
     * The summary of a sector's account plan shown to its supervisors.
     *
     * @param sector the sector
     */
    record AccountPlanSummary(SectorId sector) implements Resource {
        public AccountPlanSummary {
            Objects.requireNonNull(sector, "sector must not be null");
        }
    }
}
