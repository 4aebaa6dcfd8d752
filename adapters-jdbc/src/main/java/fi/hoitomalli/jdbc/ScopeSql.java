package fi.hoitomalli.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import fi.hoitomalli.access.ReadScope;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/**
 * A read scope (AX-1) as SQL conditions on the access columns of a form table, so that the database
 * returns only the candidate rows the actor may read instead of every row a query's own conditions match.
 * The ids are bound as parameters, never written into the SQL. A scope may become several conditions,
 * each run as a statement of its own; they select disjoint rows, so every row of the scope comes once.
 * <ul>
 * <li>On H2 and MariaDB the scope is one condition, {@code (team_id IN (?, …) OR recorder_id IN (?, …)
 * OR …)} with each id a parameter; MariaDB merges the recorder and customer indexes (V10) for it. A
 * scope naming more ids than one statement should bind ({@link #MAX_PARAMETERS}) is split into
 * conditions over disjoint chunks of its largest set.</li>
 * <li>On PostgreSQL each set is one array parameter in a condition of its own, {@code column = ANY (?)},
 * excluding the rows of the smaller sets' conditions. The driver switches to server-prepared statements
 * after a few executions, and PostgreSQL may then use a generic plan, in which an OR of {@code = ANY}
 * conditions, or an {@code IN} list of parameters, becomes a filter searching the array for every row
 * the query's own index finds (twenty times slower for a secretary's 300 customers over a team's year);
 * a single {@code = ANY} stays an index condition on the recorder or customer index. Separate statements
 * rather than a {@code UNION ALL}: PostgreSQL plans a union of bitmap scans in parallel, whose workers
 * cost more than they save on queries of this size.</li>
 * </ul>
 */
final class ScopeSql {

    /**
     * The most scope ids bound in one statement on H2 and MariaDB: far below the drivers' limits (65,535
     * parameters), and large enough for a secretary's pot with a substitute partner's.
     */
    static final int MAX_PARAMETERS = 1_000;

    /**
     * One SQL condition with its parameters in order — ids, or on PostgreSQL arrays of ids
     * ({@code String[]}). The empty condition restricts nothing.
     */
    record Condition(String sql, List<Object> parameters) {
        /** The condition that lets every row through. */
        static final Condition NONE = new Condition("", List.of());

        Condition {
            Objects.requireNonNull(sql, "sql must not be null");
            parameters = List.copyOf(parameters);
        }

        /** Whether the condition restricts nothing. */
        boolean isEmpty() {
            return sql.isEmpty();
        }
    }

    /** A column of the scope and the ids it admits, written for one vendor. */
    private record Atom(String column, List<String> ids, boolean asArray) {
        Atom part(List<String> someIds) {
            return new Atom(column, someIds, asArray);
        }

        String in() {
            return asArray ? column + " = ANY (CAST(? AS VARCHAR[]))"
                    : column + " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        }

        /** The negation, which must hold for NULL too: a row without a customer is not about one. */
        String notIn() {
            return "(" + column + " IS NULL OR NOT (" + in() + "))";
        }

        List<Object> parameters() {
            return asArray ? List.of((Object) ids.toArray(String[]::new)) : List.copyOf(ids);
        }

        int parameterCount() {
            return asArray ? 1 : ids.size();
        }
    }

    private ScopeSql() {
    }

    /**
     * The conditions whose rows together are the rows of the table in the scope: none for
     * {@link ReadScope.Nothing} (no query needs to run), the one empty condition for
     * {@link ReadScope.Everything} and {@link ReadScope.Unknown} (the query runs unrestricted; for an
     * unknown scope the access policy decides on every candidate), otherwise one or more disjoint
     * restricting conditions. A scope too large to split cheaply on H2 or MariaDB (more than half of
     * {@link #MAX_PARAMETERS} ids outside its largest set) runs unrestricted too: the access policy's
     * check of every candidate keeps the result right, only slower.
     */
    static List<Condition> conditions(FormRows.Table table, ReadScope scope, Vendor vendor) {
        Objects.requireNonNull(scope, "scope must not be null");
        Objects.requireNonNull(vendor, "vendor must not be null");
        if (scope instanceof ReadScope.Nothing) {
            return List.of();
        }
        if (!(scope instanceof ReadScope.AnyOf any)) {
            return List.of(Condition.NONE);
        }
        List<Atom> atoms = atoms(table, any, vendor == Vendor.POSTGRESQL);
        if (atoms.isEmpty()) {
            return List.of();
        }
        if (vendor == Vendor.POSTGRESQL) {
            return onePerSet(atoms);
        }
        int total = atoms.stream().mapToInt(Atom::parameterCount).sum();
        if (total <= MAX_PARAMETERS) {
            return List.of(anyOf(atoms, List.of()));
        }
        return split(atoms, total);
    }

    private static List<Atom> atoms(FormRows.Table table, ReadScope.AnyOf scope, boolean asArrays) {
        List<Atom> atoms = new ArrayList<>();
        add(atoms, new Atom("team_id", scope.teams().stream().map(TeamId::value).toList(), asArrays));
        add(atoms, new Atom("recorder_id", scope.recorders().stream().map(SecretaryId::value).toList(), asArrays));
        add(atoms, new Atom("customer_id", scope.customers().stream().map(CustomerId::value).toList(), asArrays));
        if (table.hasSector()) {
            // a table without the column holds records whose sector is not known: none is in a sector
            add(atoms, new Atom("sector_id", scope.sectors().stream().map(SectorId::value).toList(), asArrays));
        }
        return atoms;
    }

    private static void add(List<Atom> atoms, Atom atom) {
        if (!atom.ids().isEmpty()) {
            atoms.add(atom);
        }
    }

    /**
     * One condition per set, the smaller sets first: each selects the rows of its set that no condition
     * before it selected, so the exclusions are the small sets (a secretary's recorders, not her customers).
     */
    private static List<Condition> onePerSet(List<Atom> atoms) {
        List<Atom> bySize = atoms.stream().sorted(Comparator.comparingInt(a -> a.ids().size())).toList();
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < bySize.size(); i++) {
            conditions.add(anyOf(List.of(bySize.get(i)), bySize.subList(0, i)));
        }
        return conditions;
    }

    /**
     * The rows of the largest set in chunks: the first condition takes the other sets and the first chunk;
     * each further one a chunk of rows that none of the other sets admits (the chunks are disjoint, a row
     * having one value in the column).
     */
    private static List<Condition> split(List<Atom> atoms, int total) {
        Atom largest = atoms.stream().max(Comparator.comparingInt(Atom::parameterCount)).orElseThrow();
        List<Atom> others = atoms.stream().filter(a -> a != largest).toList();
        int rest = total - largest.parameterCount();
        if (rest > MAX_PARAMETERS / 2) {
            return List.of(Condition.NONE);
        }
        int chunk = MAX_PARAMETERS - rest;
        List<Condition> conditions = new ArrayList<>();
        List<String> ids = largest.ids();
        for (int from = 0; from < ids.size(); from += chunk) {
            Atom piece = largest.part(ids.subList(from, Math.min(ids.size(), from + chunk)));
            if (from == 0) {
                List<Atom> first = new ArrayList<>(others);
                first.add(piece);
                conditions.add(anyOf(first, List.of()));
            } else {
                conditions.add(anyOf(List.of(piece), others));
            }
        }
        return conditions;
    }

    /** {@code (a IN (…) OR b IN (…))}, then {@code AND} the negation of each excluded set. */
    private static Condition anyOf(List<Atom> atoms, List<Atom> excluded) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < atoms.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append(atoms.get(i).in());
            parameters.addAll(atoms.get(i).parameters());
        }
        sql.append(')');
        for (Atom atom : excluded) {
            sql.append(" AND ").append(atom.notIn());
            parameters.addAll(atom.parameters());
        }
        return new Condition(sql.toString(), parameters);
    }
}
