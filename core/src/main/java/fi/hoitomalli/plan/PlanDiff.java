package fi.hoitomalli.plan;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The readable difference between two versions of an account plan (what changed in the account team
 * meeting). Goals and actions are matched by id, so reordering is no change and a status change reads
 * {@code ~ development.actions[A-3].status: "PLANNED" → "DONE"}; plain lists are compared by position.
 *
 * @param changes the changes in plan order (the older version's fields first, then added ones)
 */
public record PlanDiff(List<PlanChange> changes) {
    public PlanDiff {
        changes = Texts.list(changes, "changes");
    }

    /** The changes that turn {@code before} into {@code after}; empty when they are equal. */
    public static PlanDiff between(AccountPlan before, AccountPlan after) {
        Map<String, String> old = PlanFields.of(Objects.requireNonNull(before, "before must not be null"));
        Map<String, String> now = PlanFields.of(Objects.requireNonNull(after, "after must not be null"));
        Set<String> paths = new LinkedHashSet<>(old.keySet());
        paths.addAll(now.keySet());
        Map<String, PlanChange> changes = new LinkedHashMap<>();
        for (String path : paths) {
            Optional<String> was = Optional.ofNullable(old.get(path));
            Optional<String> is = Optional.ofNullable(now.get(path));
            if (!was.equals(is)) {
                changes.put(path, new PlanChange(path, was, is));
            }
        }
        return new PlanDiff(List.copyOf(changes.values()));
    }

    /** Whether the two versions have the same content. */
    public boolean none() {
        return changes.isEmpty();
    }

    /** The changes as text, one per line. */
    public String describe() {
        return changes.stream().map(PlanChange::describe).collect(Collectors.joining("\n"));
    }
}
