package fi.hoitomalli.access;

import java.util.Objects;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.TeamId;

/** Which records an aggregate (yhteenveto) is computed over. */
public sealed interface SummaryScope permits SummaryScope.Everything, SummaryScope.OfTeam, SummaryScope.OfSector {

    /** Every record of the service centre. */
    record Everything() implements SummaryScope {
    }

    /**
     * The records of one service team.
     *
     * @param team the team
     */
    record OfTeam(TeamId team) implements SummaryScope {
        public OfTeam {
            Objects.requireNonNull(team, "team must not be null");
        }
    }

    /**
     * The records about one sector's customers.
     *
     * @param sector the sector
     */
    record OfSector(SectorId sector) implements SummaryScope {
        public OfSector {
            Objects.requireNonNull(sector, "sector must not be null");
        }
    }
}
