package fi.hoitomalli.customer;

import java.util.Optional;

/**
 * Port: the store of customer-base snapshots (asiakaskunnan tilannekuvat). Each save adds a snapshot;
 * nothing is overwritten. The latest snapshot — the one with the latest {@link CustomerSnapshot#takenAt()},
 * and among equal instants the one saved last — serves as the {@link CustomerDirectory} when the city's
 * own directory is not reachable.
 *
 * <p>Implementations store everything of the base (sectors, units, customers, managed units) and give it
 * back equal and in the same order. A save is all or nothing. Infrastructure failures surface as the
 * adapter's own unchecked exception; an implementation may refuse values it cannot store (the JDBC
 * adapter: ids longer than 255 characters, labels longer than 200, names longer than 100,000, U+0000 or an
 * unpaired surrogate) with {@link IllegalArgumentException} before writing anything.
 */
public interface CustomerSnapshots {

    /**
     * Adds the snapshot.
     *
     * @throws IllegalArgumentException if the snapshot holds a value the store cannot keep (see the class
     *     comment); nothing is stored then
     * @throws NullPointerException if {@code snapshot} is null
     */
    void save(CustomerSnapshot snapshot);

    /** The latest snapshot (see the class comment), or empty when none was saved. */
    Optional<CustomerSnapshot> latest();

    /**
     * The customer directory of the latest snapshot, or empty when none was saved.
     */
    default Optional<CustomerDirectory> latestDirectory() {
        return latest().map(CustomerSnapshot::base);
    }
}
