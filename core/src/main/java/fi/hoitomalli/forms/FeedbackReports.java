package fi.hoitomalli.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.team.TeamId;

/**
 * Port: where the customer-feedback records are kept (palautearkisto). Queries that take an actor return
 * only what the access policy (AX-1) lets that actor read; the system queries without an actor serve
 * aggregates (after the caller checked summary access) and retention. Lists are ordered by receipt
 * date, then id. Implementations: {@code InMemoryFeedbackReports} in the testkit, the JDBC adapter.
 */
public interface FeedbackReports {

    /** Stores the record, replacing the one with the same id (a lifecycle step). */
    void store(FeedbackReport report);

    /** The record with the id, if it exists and the actor may read it. */
    Optional<FeedbackReport> find(Actor actor, FeedbackId id);

    /** The status (no text) of the feedback, if it exists and the actor may read its status. */
    Optional<FeedbackStatus> statusOf(Actor actor, FeedbackId id);

    /** The team's records received inside the period that the actor may read. */
    List<FeedbackReport> byTeam(Actor actor, TeamId team, DateRange period);

    /** The records in the stage that the actor may read. */
    List<FeedbackReport> inStage(Actor actor, FeedbackStage stage);

    /** The unanswered records past their due date on {@code asOf} that the actor may read. */
    List<FeedbackReport> overdue(Actor actor, LocalDate asOf);

    /** System query: every record received inside the period, unfiltered. */
    List<FeedbackReport> recordedIn(DateRange period);

    /** System query for retention (AX-2): every record received before the day, unfiltered. */
    List<FeedbackReport> recordedBefore(LocalDate day);
}
