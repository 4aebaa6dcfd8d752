package fi.hoitomalli.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.plan.AccountPlanVersion;
import fi.hoitomalli.plan.AccountPlans;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link AccountPlans} in memory, for tests and demos: every version of every plan kept in a map,
 * optimistic concurrency checked under one lock. Thread-safe. Honest to {@link AccountPlansContract}.
 */
public final class InMemoryAccountPlans implements AccountPlans {

    private final Map<Key, List<AccountPlanVersion>> histories = new HashMap<>();

    @Override
    public synchronized void save(AccountPlanVersion version) {
        Objects.requireNonNull(version, "version must not be null");
        Key key = new Key(version.plan().sector(), version.plan().year());
        List<AccountPlanVersion> history = histories.computeIfAbsent(key, k -> new ArrayList<>());
        long latest = history.size();
        if (version.version() <= latest) {
            throw new ConcurrentUpdateException(version.plan().subject(), version.version() - 1);
        }
        checkArgument(version.version() == latest + 1, "%s: version %s skips version %s",
                version.plan().subject(), version.version(), latest + 1);
        history.add(version);
    }

    @Override
    public synchronized Optional<AccountPlanVersion> current(SectorId sector, Year year) {
        List<AccountPlanVersion> history = histories.getOrDefault(new Key(sector, year), List.of());
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    @Override
    public synchronized List<AccountPlanVersion> history(SectorId sector, Year year) {
        return List.copyOf(histories.getOrDefault(new Key(sector, year), List.of()));
    }

    @Override
    public synchronized List<AccountPlanVersion> currentOf(Year year) {
        return histories.entrySet().stream()
                .filter(e -> e.getKey().year().equals(year) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(e.getValue().size() - 1))
                .sorted(Comparator.comparing(v -> v.plan().sector().value()))
                .toList();
    }

    private record Key(SectorId sector, Year year) {
    }
}
