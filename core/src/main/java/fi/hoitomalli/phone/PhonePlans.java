package fi.hoitomalli.phone;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import fi.hoitomalli.team.TeamId;

/**
 * Port: where each team's phone-hour setups (policy and weekly template, {@link PhoneSetup}) are kept, by
 * team and the day each starts. A new setup never replaces a stored one; changing the setup of a start day
 * is an explicit compare-and-set ({@link #replace}). Implementations are thread-safe: the testkit's
 * {@code InMemoryPhonePlans} and the JDBC adapter; both pass {@code fi.hoitomalli.testkit.PhonePlansContract}.
 */
public interface PhonePlans {

    /**
     * Stores a new setup of the team from its start day.
     *
     * @throws fi.hoitomalli.common.DuplicateRecordException if the team has a setup starting on that day
     *     already (its id is {@code team/start day}, e.g. {@code T1/2027-01-01}); nothing is changed then —
     *     use {@link #replace} to change it
     * @throws NullPointerException if the setup is null
     */
    void save(PhoneSetup setup);

    /**
     * Replaces the team's setup of a start day by a changed one, if the stored setup is still
     * {@code current} (nobody replaced it meanwhile): compare-and-set on the whole setup, so two changes
     * based on the same setup cannot both win.
     *
     * @param current the setup the change is based on, as read from this store
     * @param next the changed setup, for the same team and start day
     * @throws fi.hoitomalli.common.ConcurrentUpdateException if the stored setup is not {@code current}
     *     (its expected version is 0: setups carry no version number); nothing is changed then
     * @throws IllegalArgumentException if the two differ in team or start day, or no setup of that team
     *     and day is stored
     * @throws NullPointerException if an argument is null
     */
    void replace(PhoneSetup current, PhoneSetup next);

    /**
     * The team's setup in force on the day: the one starting latest, not after the day; empty if the team
     * has none yet.
     *
     * @throws NullPointerException if an argument is null
     */
    Optional<PhoneSetup> inForceOn(TeamId team, LocalDate day);

    /**
     * Every setup of the team, by the day it starts.
     *
     * @throws NullPointerException if the team is null
     */
    List<PhoneSetup> history(TeamId team);
}
