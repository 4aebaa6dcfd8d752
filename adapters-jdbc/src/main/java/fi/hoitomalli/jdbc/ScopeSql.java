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
 * The ids are bound as parameters, never written into the SQL. A scope is split into several conditions
 * when it names more ids than one statement should bind ({@link #MAX_PARAMETERS}); the conditions select
 * disjoint sets of rows, so running the query once per condition returns each row at most once.
 */
final class ScopeSql {

    /**
     * The most scope ids bound in one statement: far below the drivers' limits (PostgreSQL and MariaDB
     * take 65,535 parameters), and large enough for a secretary's pot with a substitute partner's.
     */
    static final int MAX_PARAMETERS = 1_000;

    /** One SQL condition with its parameters in order; the empty condition restricts nothing. */
    record Condition(String sql, List<String> parameters) {
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

    /** A column of the scope and the ids it admits. */
    private record Atom(String column, List<String> ids) {
        String in() {
            return column + " IN (" + marks() + ")";
        }

        String marks() {
            return String.join(", ", Collections.nCopies(ids.size(), "?"));
        }

        /** The negation, which must hold for NULL too: a row without a customer is not about one. */
        String notIn() {
            return "(" + column + " IS NULL OR " + column + " NOT IN (" + marks() + "))";
        }
    }

    private ScopeSql() {
    }

    /**
     * The conditions whose rows together are the rows of the table in the scope: none for
     * {@link ReadScope.Nothing} (no query needs to run), the one empty condition for
     * {@link ReadScope.Everything} and {@link ReadScope.Unknown} (the query runs unrestricted; for an
     * unknown scope the access policy decides on every candidate), otherwise one or more disjoint
     * restricting conditions. A scope too large to split cheaply (more than half of
     * {@link #MAX_PARAMETERS} outside its largest set) is run unrestricted too: the access policy's check
     * of every candidate keeps the result right, only slower.
     */
    static List<Condition> conditions(FormRows.Table table, ReadScope scope) {
        Objects.requireNonNull(scope, "scope must not be null");
        if (scope instanceof ReadScope.Nothing) {
            return List.of();
        }
        if (!(scope instanceof ReadScope.AnyOf any)) {
            return List.of(Condition.NONE);
        }
        List<Atom> atoms = atoms(table, any);
        if (atoms.isEmpty()) {
            return List.of();
        }
        int total = atoms.stream().mapToInt(a -> a.ids().size()).sum();
        if (total <= MAX_PARAMETERS) {
            return List.of(anyOf(atoms, List.of()));
        }
        return split(atoms, total);
    }

    private static List<Atom> atoms(FormRows.Table table, ReadScope.AnyOf scope) {
        List<Atom> atoms = new ArrayList<>();
        add(atoms, "team_id", scope.teams().stream().map(TeamId::value).toList());
        add(atoms, "recorder_id", scope.recorders().stream().map(SecretaryId::value).toList());
        add(atoms, "customer_id", scope.customers().stream().map(CustomerId::value).toList());
        if (table.hasSector()) {
            // a table without the column holds records whose sector is not known: none is in a sector
            add(atoms, "sector_id", scope.sectors().stream().map(SectorId::value).toList());
        }
        return atoms;
    }

    private static void add(List<Atom> atoms, String column, List<String> ids) {
        if (!ids.isEmpty()) {
            atoms.add(new Atom(column, ids));
        }
    }

    /**
     * The rows of the largest set in chunks: the first condition takes the other sets and the first chunk;
     * each further one a chunk of rows that none of the other sets admits (the chunks are disjoint, a row
     * having one value in the column).
     */
    private static List<Condition> split(List<Atom> atoms, int total) {
        Atom largest = atoms.stream().max(Comparator.comparingInt(a -> a.ids().size())).orElseThrow();
        List<Atom> others = atoms.stream().filter(a -> a != largest).toList();
        int rest = total - largest.ids().size();
        if (rest > MAX_PARAMETERS / 2) {
            return List.of(Condition.NONE);
        }
        int chunk = MAX_PARAMETERS - rest;
        checkArgument(chunk > 0, "no room for the largest set");
        List<Condition> conditions = new ArrayList<>();
        for (int from = 0; from < largest.ids().size(); from += chunk) {
            List<String> part = largest.ids().subList(from, Math.min(largest.ids().size(), from + chunk));
            Atom piece = new Atom(largest.column(), part);
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
        List<String> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < atoms.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append(atoms.get(i).in());
            parameters.addAll(atoms.get(i).ids());
        }
        sql.append(')');
        for (Atom atom : excluded) {
            sql.append(" AND ").append(atom.notIn());
            parameters.addAll(atom.ids());
        }
        return new Condition(sql.toString(), parameters);
    }
}
