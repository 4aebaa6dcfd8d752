package fi.hoitomalli.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the org units of an import whose parent chain runs in a circle, so that each can be reported. */
final class UnitCycles {

    private UnitCycles() {
    }

    /**
     * The ids of every unit that lies on a cycle of parent references (not the units merely hanging below
     * one). Iterative: a long chain of units must not overflow the stack.
     *
     * @param parentOf each unit's parent cell by the unit's id (empty for a root)
     */
    static Set<String> membersOfCycles(Map<String, String> parentOf) {
        Set<String> onCycle = new HashSet<>();
        Set<String> finished = new HashSet<>();
        for (String start : parentOf.keySet()) {
            List<String> path = new ArrayList<>();
            Map<String, Integer> position = new HashMap<>();
            String current = start;
            while (current != null && parentOf.containsKey(current) && !finished.contains(current)) {
                Integer seen = position.get(current);
                if (seen != null) {
                    onCycle.addAll(path.subList(seen, path.size()));
                    break;
                }
                position.put(current, path.size());
                path.add(current);
                String parent = parentOf.get(current);
                current = parent.isEmpty() ? null : parent;
            }
            finished.addAll(path);
        }
        return onCycle;
    }
}
