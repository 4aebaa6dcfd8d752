package fi.hoitomalli.access;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/**
 * The records of one kind an actor may read, as data (lukuoikeuden rajaus): what an
 * {@link AccessPolicy} answers in {@link AccessPolicy#readScope(Actor, RecordKind)} so that a store can
 * put rule AX-1 into its query instead of reading every candidate and asking the policy about each.
 * A scope is either {@link Known} — then it admits exactly the records the policy allows — or
 * {@link Unknown}, when the policy cannot describe its rule as columns; a store then decides record by
 * record as before.
 */
public sealed interface ReadScope permits ReadScope.Known, ReadScope.Unknown {

    /** No records at all: the store need not run a query. */
    static Known nothing() {
        return new Nothing();
    }

    /** Every record of the kind. */
    static Known everything() {
        return new Everything();
    }

    /**
     * The records of any of the teams, recorders, customers or sectors; {@link Nothing} when all four are
     * empty.
     *
     * @throws NullPointerException if a collection or an element is null
     */
    static Known anyOf(Collection<TeamId> teams, Collection<SecretaryId> recorders, Collection<CustomerId> customers,
                       Collection<SectorId> sectors) {
        if (teams.isEmpty() && recorders.isEmpty() && customers.isEmpty() && sectors.isEmpty()) {
            return nothing();
        }
        return new AnyOf(ImmutableSet.copyOf(teams), ImmutableSet.copyOf(recorders), ImmutableSet.copyOf(customers),
                ImmutableSet.copyOf(sectors));
    }

    /**
     * A scope the policy vouches for: for every record of the kind it was asked about,
     * {@link #admits(Resource.Record)} equals the policy's {@code mayRead}.
     */
    sealed interface Known extends ReadScope permits Everything, Nothing, AnyOf {

        /**
         * Whether the record lies in the scope. The record's own {@code kind} is not looked at: a scope is
         * asked for one kind and holds for the records read as that kind.
         *
         * @throws NullPointerException if the record is null
         */
        boolean admits(Resource.Record record);
    }

    /** Every record of the kind (the management group). */
    record Everything() implements Known {
        @Override
        public boolean admits(Resource.Record record) {
            Objects.requireNonNull(record, "record must not be null");
            return true;
        }
    }

    /** No record of the kind (deny by default, unknown actors, sector HR units for records). */
    record Nothing() implements Known {
        @Override
        public boolean admits(Resource.Record record) {
            Objects.requireNonNull(record, "record must not be null");
            return false;
        }
    }

    /**
     * The records whose team, recorder, customer or sector is one of the given: a union, so a record
     * matching any one set is in the scope. A record without a customer (or sector) matches no customer
     * (or sector). At least one set is non-empty; an empty union is {@link Nothing}.
     *
     * @param teams records of these teams (a team lead's teams)
     * @param recorders records these secretaries recorded (the own and, while substituting, the partner's)
     * @param customers records about these customers (the customers of those secretaries' pots)
     * @param sectors records about customers of these sectors
     */
    record AnyOf(Set<TeamId> teams, Set<SecretaryId> recorders, Set<CustomerId> customers, Set<SectorId> sectors)
            implements Known {
        public AnyOf {
            teams = ImmutableSet.copyOf(Objects.requireNonNull(teams, "teams must not be null"));
            recorders = ImmutableSet.copyOf(Objects.requireNonNull(recorders, "recorders must not be null"));
            customers = ImmutableSet.copyOf(Objects.requireNonNull(customers, "customers must not be null"));
            sectors = ImmutableSet.copyOf(Objects.requireNonNull(sectors, "sectors must not be null"));
            checkArgument(!teams.isEmpty() || !recorders.isEmpty() || !customers.isEmpty() || !sectors.isEmpty(),
                    "an AnyOf scope names at least one team, recorder, customer or sector (else use Nothing)");
        }

        @Override
        public boolean admits(Resource.Record record) {
            Objects.requireNonNull(record, "record must not be null");
            return teams.contains(record.team()) || recorders.contains(record.recorder())
                    || record.customer().filter(customers::contains).isPresent()
                    || record.sector().filter(sectors::contains).isPresent();
        }

        /** How many ids the scope names in all, e.g. to decide how to put it into a query. */
        public int size() {
            return teams.size() + recorders.size() + customers.size() + sectors.size();
        }
    }

    /**
     * The policy cannot describe the records as a scope (the default of {@link AccessPolicy}): a store
     * reads the candidates of its query and asks the policy about each.
     */
    record Unknown() implements ReadScope {
    }
}
