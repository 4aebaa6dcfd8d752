package fi.hoitomalli.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.common.DuplicateRecordException;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.CallbackPromises;
import fi.hoitomalli.contact.PromiseId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** {@link CallbackPromises} in memory; passes {@link CallbackPromisesContract}. Thread-safe. */
public final class InMemoryCallbackPromises implements CallbackPromises {

    private static final Comparator<CallbackPromise> BY_DUE =
            Comparator.comparing((CallbackPromise p) -> p.terms().due()).thenComparing(p -> p.id().value());

    private final Map<PromiseId, CallbackPromise> promises = new HashMap<>();

    @Override
    public synchronized void add(CallbackPromise promise) {
        Objects.requireNonNull(promise, "promise must not be null");
        if (promises.containsKey(promise.id())) {
            throw new DuplicateRecordException("call-back promise", promise.id().value());
        }
        promises.put(promise.id(), promise);
    }

    @Override
    public synchronized void update(CallbackPromise current, CallbackPromise next) {
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(next, "next must not be null");
        checkArgument(current.id().equals(next.id()), "cannot replace promise %s by %s", current.id(), next.id());
        CallbackPromise stored = promises.get(current.id());
        checkArgument(stored != null, "no promise %s is stored", current.id());
        if (!stored.equals(current)) {
            throw new ConcurrentUpdateException("call-back promise " + current.id(), 0);
        }
        promises.put(next.id(), next);
    }

    @Override
    public synchronized Optional<CallbackPromise> find(PromiseId id) {
        return Optional.ofNullable(promises.get(Objects.requireNonNull(id, "id must not be null")));
    }

    @Override
    public synchronized List<CallbackPromise> unkeptHeldBy(SecretaryId holder) {
        Objects.requireNonNull(holder, "holder must not be null");
        return select(p -> p.terms().holder().equals(holder) && !(p instanceof CallbackPromise.Kept));
    }

    @Override
    public synchronized List<CallbackPromise> overdueHeldBy(SecretaryId holder, Instant now) {
        Objects.requireNonNull(holder, "holder must not be null");
        Objects.requireNonNull(now, "now must not be null");
        return select(p -> p.terms().holder().equals(holder) && p.isOverdueAt(now));
    }

    @Override
    public synchronized List<CallbackPromise> overdueInTeam(TeamId team, Instant now) {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(now, "now must not be null");
        return select(p -> p.terms().team().equals(team) && p.isOverdueAt(now));
    }

    private List<CallbackPromise> select(Predicate<CallbackPromise> filter) {
        return promises.values().stream().filter(filter).sorted(BY_DUE).toList();
    }
}
