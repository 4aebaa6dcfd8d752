package fi.hoitomalli.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.customer.CustomerSnapshot;
import fi.hoitomalli.customer.CustomerSnapshots;

/**
 * {@link CustomerSnapshots} in memory (tilannekuvat muistissa), for tests and demos. Thread-safe; keeps
 * every snapshot in save order, so the latest is the one with the latest instant and, among equal
 * instants, the one saved last — exactly as the JDBC adapter does.
 */
public final class InMemoryCustomerSnapshots implements CustomerSnapshots {

    private final List<CustomerSnapshot> saved = new ArrayList<>();

    @Override
    public synchronized void save(CustomerSnapshot snapshot) {
        saved.add(Objects.requireNonNull(snapshot, "snapshot must not be null"));
    }

    @Override
    public synchronized Optional<CustomerSnapshot> latest() {
        CustomerSnapshot latest = null;
        for (CustomerSnapshot snapshot : saved) {
            // "not before" rather than "after": of equal instants the one saved later wins
            if (latest == null || !snapshot.takenAt().isBefore(latest.takenAt())) {
                latest = snapshot;
            }
        }
        return Optional.ofNullable(latest);
    }
}
