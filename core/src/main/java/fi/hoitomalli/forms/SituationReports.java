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

    /** Stores the record, replacing the one with the same id (a lifecycle step). */
    void store(SituationReport report);

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
