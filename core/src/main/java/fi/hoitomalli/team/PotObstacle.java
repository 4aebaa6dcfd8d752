package fi.hoitomalli.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.SectorId;

/** Why the pots cannot be planned within the {@link PotPolicy}. */
public sealed interface PotObstacle {

    /** The obstacle in fi/sv/en, naming the parties and the numbers. */
    LocalizedText explanation();

    /**
     * One unit is larger than a pot may be; units are never split, so no plan can hold it.
     *
     * @param unit the unit
     * @param employees its employees
     * @param supervisors its supervisors
     * @param maxEmployees the policy's limit of employees per pot
     * @param maxSupervisors the policy's limit of supervisors per pot
     */
    record UnitTooLarge(OrgUnitId unit, int employees, int supervisors, int maxEmployees, int maxSupervisors)
            implements PotObstacle {
        public UnitTooLarge {
            Objects.requireNonNull(unit, "unit must not be null");
        }

        @Override
        public LocalizedText explanation() {
            return Messages.text("fi.hoitomalli.team.pot.unitTooLarge", "unit", unit, "employees", employees,
                    "supervisors", supervisors, "maxEmployees", maxEmployees, "maxSupervisors", maxSupervisors);
        }
    }

    /**
     * The secretaries of a planning group (the teams that serve the same sectors) cannot hold all its
     * customers even with every pot full.
     *
     * @param teams the teams of the group
     * @param secretaries their secretaries
     * @param employees the employees of the group's sectors
     * @param supervisors the supervisors of the group's sectors
     * @param maxEmployees the policy's limit of employees per pot
     * @param maxSupervisors the policy's limit of supervisors per pot
     */
    record OverCapacity(List<TeamId> teams, int secretaries, int employees, int supervisors, int maxEmployees,
                        int maxSupervisors) implements PotObstacle {
        public OverCapacity {
            teams = List.copyOf(Objects.requireNonNull(teams, "teams must not be null"));
        }

        @Override
        public LocalizedText explanation() {
            return Messages.text("fi.hoitomalli.team.pot.overCapacity", "teams", String.join(", ",
                    teams.stream().map(TeamId::value).toList()), "secretaries", secretaries, "employees", employees,
                    "supervisors", supervisors, "capacityEmployees", (long) secretaries * maxEmployees,
                    "capacitySupervisors", (long) secretaries * maxSupervisors);
        }
    }

    /**
     * A sector has units but no team serves it, so its customers would have no secretary.
     *
     * @param sector the sector
     * @param units its org units
     * @param customers its customers
     */
    record SectorWithoutTeam(SectorId sector, int units, int customers) implements PotObstacle {
        public SectorWithoutTeam {
            Objects.requireNonNull(sector, "sector must not be null");
        }

        @Override
        public LocalizedText explanation() {
            return Messages.text("fi.hoitomalli.team.pot.sectorWithoutTeam", "sector", sector, "units", units,
                    "customers", customers);
        }
    }

    /**
     * The planner found no division in which this pot stays within the limits (whole units do not always
     * pack into pots even when the totals fit).
     *
     * @param secretary the secretary whose pot is too large
     * @param employees the pot's employees
     * @param supervisors the pot's supervisors
     * @param maxEmployees the policy's limit of employees per pot
     * @param maxSupervisors the policy's limit of supervisors per pot
     */
    record PotOverLimit(SecretaryId secretary, int employees, int supervisors, int maxEmployees, int maxSupervisors)
            implements PotObstacle {
        public PotOverLimit {
            Objects.requireNonNull(secretary, "secretary must not be null");
            checkArgument(employees > maxEmployees || supervisors > maxSupervisors,
                    "pot %s is within its limits", secretary);
        }

        @Override
        public LocalizedText explanation() {
            return Messages.text("fi.hoitomalli.team.pot.potOverLimit", "secretary", secretary,
                    "employees", employees, "supervisors", supervisors, "maxEmployees", maxEmployees,
                    "maxSupervisors", maxSupervisors);
        }
    }
}
