package fi.hoitomalli.contact;

import fi.hoitomalli.customer.Role;
import java.util.Objects;

/**
 * Who asks (kysyjä): the three customer roles of the care model, plus an external party (Kela, an
 * insurance company, a private person) who is no customer at all.
 */
public enum Asker {
    /** An employee (palkansaaja): discretionary matters go to the own supervisor first. */
    EMPLOYEE,
    /** A supervisor (esimies): the primary customer. */
    SUPERVISOR,
    /** Senior management (ylempi johto) of a sector. */
    EXECUTIVE,
    /** Somebody outside the city's customers. */
    EXTERNAL;

    /** The asker of a customer role. */
    public static Asker of(Role role) {
        return switch (Objects.requireNonNull(role, "role must not be null")) {
            case EMPLOYEE -> EMPLOYEE;
            case SUPERVISOR -> SUPERVISOR;
            case EXECUTIVE -> EXECUTIVE;
        };
    }

    /** Whether the asker manages people (supervisor or executive): the supervisors' ground rules apply. */
    public boolean managesPeople() {
        return this == SUPERVISOR || this == EXECUTIVE;
    }
}
