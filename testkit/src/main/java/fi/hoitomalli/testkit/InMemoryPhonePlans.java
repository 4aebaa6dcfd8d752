package fi.hoitomalli.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.common.DuplicateRecordException;
import fi.hoitomalli.phone.PhonePlans;
import fi.hoitomalli.phone.PhoneSetup;
import fi.hoitomalli.team.TeamId;

/** {@link PhonePlans} in memory, for tests and demos. Thread-safe. Passes {@link PhonePlansContract}. */
public final class InMemoryPhonePlans implements PhonePlans {

    private final Map<TeamId, NavigableMap<LocalDate, PhoneSetup>> setups = new ConcurrentHashMap<>();

    @Override
    public synchronized void save(PhoneSetup setup) {
        Objects.requireNonNull(setup, "setup must not be null");
        NavigableMap<LocalDate, PhoneSetup> team = setups.computeIfAbsent(setup.team(), t -> new TreeMap<>());
        if (team.containsKey(setup.validFrom())) {
            throw new DuplicateRecordException("phone setup", setup.team().value() + "/" + setup.validFrom());
        }
        team.put(setup.validFrom(), setup);
    }

    @Override
    public synchronized void replace(PhoneSetup current, PhoneSetup next) {
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(next, "next must not be null");
        if (!current.team().equals(next.team()) || !current.validFrom().equals(next.validFrom())) {
            throw new IllegalArgumentException("the setup of " + current.team() + " from " + current.validFrom()
                    + " cannot be replaced by the one of " + next.team() + " from " + next.validFrom());
        }
        PhoneSetup stored = setups.getOrDefault(current.team(), new TreeMap<>()).get(current.validFrom());
        if (stored == null) {
            throw new IllegalArgumentException("no setup of " + current.team() + " from " + current.validFrom()
                    + " is stored");
        }
        if (!stored.equals(current)) {
            throw new ConcurrentUpdateException("phone setup " + current.team() + "/" + current.validFrom(), 0);
        }
        setups.get(current.team()).put(current.validFrom(), next);
    }

    @Override
    public synchronized Optional<PhoneSetup> inForceOn(TeamId team, LocalDate day) {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(day, "day must not be null");
        return Optional.ofNullable(setups.getOrDefault(team, new TreeMap<>()).floorEntry(day)).map(Map.Entry::getValue);
    }

    @Override
    public synchronized List<PhoneSetup> history(TeamId team) {
        Objects.requireNonNull(team, "team must not be null");
        return List.copyOf(setups.getOrDefault(team, new TreeMap<>()).values());
    }
}
