package fi.hoitomalli.clock;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * Port: where the dated activities of recorded annual clocks are kept with their status (vuosikellon
 * toteutuma) — what the compliance check counts, what a team meeting reviews ("which meetings were
 * held, which are overdue for a mark") and what the reminders invite to.
 *
 * <p>Decisions: an activity is identified by its clock's {@link ClockScope}, template and day
 * ({@link ActivityKey}); it keeps the occurrence as planned (time and people), so reminders and agendas
 * need no regenerated clock to know when and whom. Planning stores new activities at version 1 and never
 * overwrites or deletes: planning a regenerated clock again adds only the activities not yet stored, and an
 * activity the new clock no longer has stays (mark it cancelled). Marks are optimistically locked with a
 * version per activity: a mark names the version it was based on, and a stale one changes nothing and
 * throws {@link fi.hoitomalli.common.ConcurrentUpdateException}. Only the latest mark is kept; the version
 * counts the changes.
 *
 * <p>Every list is in {@link ClockActivity#ORDER}; date ranges are closed ({@code from} and {@code to}
 * included). Null arguments throw {@code NullPointerException}. Implementations are thread-safe: the
 * testkit's {@code InMemoryClockActivities} and the JDBC adapter; both pass
 * {@code fi.hoitomalli.testkit.ClockActivitiesContract}.
 */
public interface ClockActivities {

    /**
     * Records the clock's occurrences as planned activities of the scope (version 1, no mark), leaving every
     * activity already stored under the same key as it is.
     *
     * @return the activities stored by this call, in {@link ClockActivity#ORDER}
     * @throws IllegalArgumentException if the clock has a template twice on one day or a time that is not
     *     whole seconds, or an id or the participants are more than the store keeps (an implementation's documented limit on lengths and characters; the JDBC adapter's are in
     *     {@code JdbcStores}); nothing
     *     is stored then
     * @throws fi.hoitomalli.common.ConcurrentUpdateException if another call stored some of the same
     *     activities at the same time; nothing of this call is stored then (the caller's transaction stays
     *     usable), and planning again in a new transaction adds the rest
     */
    List<ClockActivity> plan(ClockScope scope, AnnualClock clock);

    /**
     * Sets the activity's mark (held, cancelled, or planned again), if it is still at the version the
     * caller saw.
     *
     * @return the stored activity, at {@code expectedVersion + 1}
     * @throws fi.hoitomalli.common.ConcurrentUpdateException if the stored activity is at another version;
     *     nothing is changed then
     * @throws IllegalArgumentException if no activity with the key is stored, or the mark's marker or note
     *     is more than the store keeps (an implementation's documented limit on lengths and characters; the JDBC adapter's are in
     *     {@code JdbcStores}); nothing is changed then
     */
    ClockActivity mark(ActivityKey key, long expectedVersion, ActivityMark mark);

    /** The activity with the key, if stored. */
    Optional<ClockActivity> find(ActivityKey key);

    /** Every activity of the scope's clock in the year. */
    List<ClockActivity> ofYear(ClockScope scope, Year year);

    /**
     * The scope's activities dated from {@code from} to {@code to}, whatever their status (an agenda of
     * the coming weeks with what is already held or cancelled).
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    List<ClockActivity> between(ClockScope scope, LocalDate from, LocalDate to);

    /**
     * The scope's activities in the status dated from {@code from} to {@code to}: planned ones of the
     * coming days are what reminders invite to; planned ones dated before today are overdue for a mark
     * (the compliance check counts them neither held nor planned); cancelled ones of the year explain a
     * missed cadence.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    List<ClockActivity> inStatus(ClockScope scope, ActivityStatus status, LocalDate from, LocalDate to);

    /** The scopes that have activities in the year, in {@link ClockScope#ORDER}. */
    List<ClockScope> scopes(Year year);

    /**
     * The records of the scope's year for {@link Compliance#check}: one per stored activity, with its
     * current status.
     */
    default List<ActivityRecord> records(ClockScope scope, Year year) {
        return ofYear(scope, year).stream().map(ClockActivity::record).toList();
    }
}
