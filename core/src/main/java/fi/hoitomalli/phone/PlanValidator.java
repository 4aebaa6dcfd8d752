package fi.hoitomalli.phone;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import fi.hoitomalli.common.Violation;

/**
 * Checks any phone plan — ours, hand-made or imported — against PH-1 … PH-7 and PH-10 and any custom
 * {@link PhoneRule}s, and returns <em>every</em> violation (rule id, a path naming team/secretary/day/time,
 * a localised message), sorted by rule and path. An empty list means the plan is valid.
 */
public final class PlanValidator {

    private final ImmutableList<PhoneRule> rules;

    private PlanValidator(List<PhoneRule> rules) {
        this.rules = ImmutableList.copyOf(rules);
    }

    /** The library's rules PH-1 … PH-7 and PH-10. */
    public static PlanValidator standard() {
        return new PlanValidator(StandardRules.all());
    }

    /** These rules plus one more. */
    public PlanValidator with(PhoneRule rule) {
        Objects.requireNonNull(rule, "rule must not be null");
        List<PhoneRule> all = new ArrayList<>(rules);
        all.add(rule);
        return new PlanValidator(all);
    }

    /** The rules, in the order they run. */
    public List<PhoneRule> rules() {
        return rules;
    }

    /** Every violation of every rule. */
    public List<Violation> validate(PlanContext plan) {
        Objects.requireNonNull(plan, "plan must not be null");
        List<Violation> out = new ArrayList<>();
        for (PhoneRule rule : rules) {
            out.addAll(rule.check(plan));
        }
        out.sort(Comparator.comparing(Violation::rule).thenComparing(Violation::path));
        return List.copyOf(out);
    }
}
