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
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.SituationId;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.forms.SituationReports;
import fi.hoitomalli.forms.SituationStage;
import fi.hoitomalli.team.TeamId;

/**
 * {@link SituationReports} in memory, applying the given access policy to every query that takes an
 * actor; a new record never replaces a stored one, updates are compare-and-set on the revision. Thread-safe. Passes {@link SituationReportsContract}.
 */
public final class InMemorySituationReports implements SituationReports {

    private static final Comparator<SituationReport> ORDER =
            Comparator.comparing((SituationReport r) -> r.details().date()).thenComparing(r -> r.id().value());

    private final AccessPolicy policy;
    private final Map<SituationId, SituationReport> reports = new ConcurrentHashMap<>();

    /** @param policy the access policy applied to queries with an actor */
    public InMemorySituationReports(AccessPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
    }

    @Override
    public void record(SituationReport report) {
        Objects.requireNonNull(report, "report must not be null");
        if (reports.putIfAbsent(report.id(), report) != null) {
            throw new DuplicateRecordException("situation", report.id().value());
        }
    }

    @Override
    public void update(SituationReport current, SituationReport next) {
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(next, "next must not be null");
        if (!current.isFollowedBy(next)) {
            throw new IllegalArgumentException("situation " + current.id() + " at revision " + current.revision()
                    + " cannot be replaced by " + next.id() + " at revision " + next.revision());
        }
        reports.compute(current.id(), (id, stored) -> {
            if (stored == null) {
                throw new IllegalArgumentException("no situation " + id + " is stored");
            }
            if (stored.revision() != current.revision()) {
                throw new ConcurrentUpdateException("situation " + id, current.revision());
            }
            return next;
        });
    }

    @Override
    public Optional<SituationReport> find(Actor actor, SituationId id) {
        Objects.requireNonNull(id, "id must not be null");
        return Optional.ofNullable(reports.get(id)).filter(visibleTo(actor));
    }

    @Override
    public List<SituationReport> byTeam(Actor actor, TeamId team, DateRange period) {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(period, "period must not be null");
        return select(visibleTo(actor).and(r -> r.details().team().equals(team) && period.contains(r.details().date())));
    }

    @Override
    public List<SituationReport> inStage(Actor actor, SituationStage stage) {
        Objects.requireNonNull(stage, "stage must not be null");
        return select(visibleTo(actor).and(r -> r.stage() == stage));
    }

    @Override
    public List<SituationReport> recordedIn(DateRange period) {
        Objects.requireNonNull(period, "period must not be null");
        return select(r -> period.contains(r.details().date()));
    }

    @Override
    public List<SituationReport> recordedBefore(LocalDate day) {
        Objects.requireNonNull(day, "day must not be null");
        return select(r -> r.details().date().isBefore(day));
    }

    /** Forgets every record (for tests). */
    public void clear() {
        reports.clear();
    }

    private Predicate<SituationReport> visibleTo(Actor actor) {
        Objects.requireNonNull(actor, "actor must not be null");
        return r -> policy.mayRead(actor, r.resource());
    }

    private List<SituationReport> select(Predicate<SituationReport> filter) {
        return reports.values().stream().filter(filter).sorted(ORDER).toList();
    }
}
