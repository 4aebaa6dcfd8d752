package fi.hoitomalli.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.team.TeamId;

/**
 * Port: where the challenging-situation records are kept (asiakastilanteiden arkisto). Queries that take
 * an actor return only what the access policy (AX-1) lets that actor read; the two system queries
 * without an actor serve aggregates (after the caller checked summary access) and retention. Lists are
 * ordered by date, then id. Implementations: {@code InMemorySituationReports} in the testkit, the JDBC
 * adapter.
 */
public interface SituationReports {

    /**
     * Records a new record (a form just handed in, or one brought from elsewhere). A stored record is never
     * replaced by a new one: a later state of it goes through {@link #update}.
     *
     * @throws fi.hoitomalli.common.DuplicateRecordException if a record with the id is stored already;
     *     nothing is stored or changed then
     * @throws NullPointerException if the report is null
     */
    void record(SituationReport report);

    /**
     * Replaces the stored record by its next state (a lifecycle step, or the text removed under AX-2), if
     * nobody changed it meanwhile: compare-and-set on the record's {@link SituationReport#revision() revision} (its
     * stage and whether it is anonymised), which every legal change raises. Two updates based on the
     * same {@code current} cannot both win.
     *
     * @param current the state the change is based on, as read from this store
     * @param next the new state; {@code current.isFollowedBy(next)} must hold
     * @throws fi.hoitomalli.common.ConcurrentUpdateException if the stored record is no longer at
     *     {@code current}'s revision (its expected version is that revision); nothing is changed then
     * @throws IllegalArgumentException if {@code next} cannot follow {@code current} (another id, not a later
     *     revision, text back after anonymisation) or no record with the id is stored
     * @throws NullPointerException if an argument is null
     */
    void update(SituationReport current, SituationReport next);

    /** The record with the id, if it exists and the actor may read it. */
    Optional<SituationReport> find(Actor actor, SituationId id);

    /** The team's records dated inside the period that the actor may read. */
    List<SituationReport> byTeam(Actor actor, TeamId team, DateRange period);

    /** The records in the stage that the actor may read. */
    List<SituationReport> inStage(Actor actor, SituationStage stage);

    /** System query: every record dated inside the period, unfiltered. */
    List<SituationReport> recordedIn(DateRange period);

    /** System query for retention (AX-2): every record dated before the day, unfiltered. */
    List<SituationReport> recordedBefore(LocalDate day);
}
