package fi.hoitomalli.phone;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import fi.hoitomalli.team.TeamId;

/**
 * Port: where each team's phone-hour setups (policy and weekly template, {@link PhoneSetup}) are kept, by
 * team and the day each starts. Implementations are thread-safe: the testkit's
 * {@code InMemoryPhonePlans} and the JDBC adapter; both pass {@code fi.hoitomalli.testkit.PhonePlansContract}.
 */
public interface PhonePlans {

    /**
     * Stores the setup, replacing the team's setup that starts on the same day.
     *
     * @throws NullPointerException if the setup is null
     */
    void save(PhoneSetup setup);

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
