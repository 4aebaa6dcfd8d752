package fi.hoitomalli.contact;

import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The store of call-back promises (soittolupaukset). Lists are ordered by due instant, then id.
 * Implementations: the testkit's in-memory one and the JDBC adapter; both pass the testkit's
 * {@code CallbackPromisesContract}.
 */
public interface CallbackPromises {

    /**
     * Stores a new promise.
     *
     * @throws fi.hoitomalli.common.DuplicateRecordException if a promise with the id is already stored
     *     (an {@link IllegalArgumentException}); nothing is changed then
     * @throws IllegalArgumentException if an id of it is more than the store keeps (an implementation's
     *     documented limit on lengths and characters; the JDBC adapter's are in {@code JdbcStores})
     * @throws NullPointerException if the promise is null
     */
    void add(CallbackPromise promise);

    /**
     * Replaces a stored promise by its next state (a transition or a handover), if nobody changed it
     * meanwhile. Promises carry no version number: the stored state is compared with {@code current}, and
     * the exception's expected version is 0.
     *
     * @throws fi.hoitomalli.common.ConcurrentUpdateException if the stored promise is not {@code current}
     * @throws IllegalArgumentException if the two have different ids, no promise with the id is stored, or
     *     an id of {@code next} is more than the store keeps (an implementation's documented limit on lengths and characters; the JDBC adapter's are in
     *     {@code JdbcStores})
     * @throws NullPointerException if an argument is null
     */
    void update(CallbackPromise current, CallbackPromise next);

    /** The promise with the id, if stored. */
    Optional<CallbackPromise> find(PromiseId id);

    /** The unkept promises (open or broken) the secretary holds now. */
    List<CallbackPromise> unkeptHeldBy(SecretaryId holder);

    /** The promises overdue at {@code now} (broken, or open past due) that the secretary holds. */
    List<CallbackPromise> overdueHeldBy(SecretaryId holder, Instant now);

    /** The promises overdue at {@code now} in the team, whoever holds them: the team lead's view. */
    List<CallbackPromise> overdueInTeam(TeamId team, Instant now);
}
