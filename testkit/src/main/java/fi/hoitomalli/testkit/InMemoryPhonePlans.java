package fi.hoitomalli.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import fi.hoitomalli.phone.PhonePlans;
import fi.hoitomalli.phone.PhoneSetup;
import fi.hoitomalli.team.TeamId;

/** {@link PhonePlans} in memory, for tests and demos. Thread-safe. Passes {@link PhonePlansContract}. */
public final class InMemoryPhonePlans implements PhonePlans {

    private final Map<TeamId, NavigableMap<LocalDate, PhoneSetup>> setups = new ConcurrentHashMap<>();

    @Override
    public synchronized void save(PhoneSetup setup) {
        Objects.requireNonNull(setup, "setup must not be null");
        setups.computeIfAbsent(setup.team(), t -> new TreeMap<>()).put(setup.validFrom(), setup);
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
