package fi.hoitomalli.phone;

import java.util.List;
import fi.hoitomalli.common.Violation;

/**
 * A rule a phone plan must satisfy (puhelinaikasääntö). The library's rules PH-1 … PH-7 and PH-10 are
 * implementations; other systems add their own (e.g. "nobody on the phone before 09:00 on Mondays") with
 * {@link PlanValidator#with(PhoneRule)} and get their violations in the same report.
 */
public interface PhoneRule {

    /** The rule id put into {@link Violation#rule()}, e.g. {@code "PH-4"} or {@code "VANTAA-1"}. */
    String id();

    /**
     * Every violation of the rule in the plan; empty when the plan satisfies it. Must not throw for any
     * plan content (plans may be hand-made or imported).
     */
    List<Violation> check(PlanContext plan);
}
