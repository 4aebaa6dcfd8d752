package fi.hoitomalli.plan;

import fi.hoitomalli.customer.SectorId;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * Port: where account plans and all their versions are kept (one history per sector and year).
 * Optimistic concurrency: a version is stored only if it is the direct successor of the latest stored
 * one, so two edits based on the same version cannot both win. Implementations are thread-safe;
 * {@code fi.hoitomalli.testkit.AccountPlansContract} states the contract as tests.
 */
public interface AccountPlans {

    /**
     * Stores the next version of a plan: {@code version.version()} must be exactly one more than the
     * latest stored version of the plan's sector and year (1 for a new plan).
     *
     * @throws fi.hoitomalli.common.ConcurrentUpdateException if another version was stored meanwhile (the
     *     caller's change was based on a stale version); nothing is stored then
     * @throws IllegalArgumentException if the number skips a version, or if the version is more than the
     *     store keeps: a text or section too long, or a character it cannot store (an implementation's documented limit on lengths and characters; the JDBC adapter's are in
     *     {@code JdbcStores}); nothing is
     *     stored then, and what is stored already reads as before
     */
    void save(AccountPlanVersion version);

    /** The latest version of the sector's plan for the year, empty if there is none. */
    Optional<AccountPlanVersion> current(SectorId sector, Year year);

    /** Every version of the sector's plan for the year, oldest first; empty if there is none. */
    List<AccountPlanVersion> history(SectorId sector, Year year);

    /** The latest version of every sector's plan for the year, ordered by sector id. */
    List<AccountPlanVersion> currentOf(Year year);
}
