package fi.hoitomalli.testkit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.common.DuplicateRecordException;
import fi.hoitomalli.access.RecordKind;
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.FeedbackId;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.forms.FeedbackStage;
import fi.hoitomalli.forms.FeedbackStatus;
import fi.hoitomalli.team.TeamId;

/**
 * {@link FeedbackReports} in memory, applying the given access policy to every query that takes an
 * actor; a new record never replaces a stored one, updates are compare-and-set on the revision. Thread-safe. Passes {@link FeedbackReportsContract}.
 */
public final class InMemoryFeedbackReports implements FeedbackReports {

    private static final Comparator<FeedbackReport> ORDER =
            Comparator.comparing((FeedbackReport r) -> r.details().received()).thenComparing(r -> r.id().value());

    private final AccessPolicy policy;
    private final Map<FeedbackId, FeedbackReport> reports = new ConcurrentHashMap<>();

    /** @param policy the access policy applied to queries with an actor */
    public InMemoryFeedbackReports(AccessPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
    }

    @Override
    public void record(FeedbackReport report) {
        Objects.requireNonNull(report, "report must not be null");
        if (reports.putIfAbsent(report.id(), report) != null) {
            throw new DuplicateRecordException("feedback", report.id().value());
        }
    }

    @Override
    public void update(FeedbackReport current, FeedbackReport next) {
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(next, "next must not be null");
        if (!current.isFollowedBy(next)) {
            throw new IllegalArgumentException("feedback " + current.id() + " at revision " + current.revision()
                    + " cannot be replaced by " + next.id() + " at revision " + next.revision());
        }
        reports.compute(current.id(), (id, stored) -> {
            if (stored == null) {
                throw new IllegalArgumentException("no feedback " + id + " is stored");
            }
            if (stored.revision() != current.revision()) {
                throw new ConcurrentUpdateException("feedback " + id, current.revision());
            }
            return next;
        });
    }

    @Override
    public Optional<FeedbackReport> find(Actor actor, FeedbackId id) {
        Objects.requireNonNull(id, "id must not be null");
        return Optional.ofNullable(reports.get(id)).filter(visibleTo(actor));
    }

    @Override
    public Optional<FeedbackStatus> statusOf(Actor actor, FeedbackId id) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(id, "id must not be null");
        return Optional.ofNullable(reports.get(id))
                .filter(r -> policy.mayRead(actor, r.resource().as(RecordKind.FEEDBACK_STATUS)))
                .map(FeedbackReport::status);
    }

    @Override
    public List<FeedbackReport> byTeam(Actor actor, TeamId team, DateRange period) {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(period, "period must not be null");
        return select(visibleTo(actor).and(
                r -> r.details().team().equals(team) && period.contains(r.details().received())));
    }

    @Override
    public List<FeedbackReport> inStage(Actor actor, FeedbackStage stage) {
        Objects.requireNonNull(stage, "stage must not be null");
        return select(visibleTo(actor).and(r -> r.stage() == stage));
    }

    @Override
    public List<FeedbackReport> overdue(Actor actor, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf must not be null");
        return select(visibleTo(actor).and(r -> r.isOverdue(asOf)));
    }

    @Override
    public List<FeedbackReport> recordedIn(DateRange period) {
        Objects.requireNonNull(period, "period must not be null");
        return select(r -> period.contains(r.details().received()));
    }

    @Override
    public List<FeedbackReport> recordedBefore(LocalDate day) {
        Objects.requireNonNull(day, "day must not be null");
        return select(r -> r.details().received().isBefore(day));
    }

    /** Forgets every record (for tests). */
    public void clear() {
        reports.clear();
    }

    private Predicate<FeedbackReport> visibleTo(Actor actor) {
        Objects.requireNonNull(actor, "actor must not be null");
        return r -> policy.mayRead(actor, r.resource());
    }

    private List<FeedbackReport> select(Predicate<FeedbackReport> filter) {
        return reports.values().stream().filter(filter).sorted(ORDER).toList();
    }
}
