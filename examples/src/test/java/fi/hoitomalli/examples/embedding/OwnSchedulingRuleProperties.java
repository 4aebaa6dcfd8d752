package fi.hoitomalli.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.phone.PhoneRule;
import fi.hoitomalli.phone.PhoneScheduler;
import fi.hoitomalli.phone.PhoneWindow;
import fi.hoitomalli.phone.PlanContext;
import fi.hoitomalli.phone.PlanValidator;
import fi.hoitomalli.phone.ScheduleResult;
import fi.hoitomalli.phone.WeeklyTemplate;
import fi.hoitomalli.testkit.PhoneArbitraries;
import fi.hoitomalli.testkit.PhoneDomain;
import fi.hoitomalli.testkit.PhoneScenario;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/**
 * Embedding sample: a city system's property-based suite that checks ITS OWN phone-hour rule with the
 * generators of {@code hoitomalli-testkit}. The city's rule CITY-1 ("nobody on the phone before 09:00 on
 * Mondays: the weekly staff meeting") is added to the library's validator; the suite checks that it
 * flags exactly the early Monday windows, hides none of the library's own violations, and that the
 * library's scheduler keeps it whenever the city's policy opens Mondays at 09:00.
 */
@Domain(PhoneDomain.class)
class OwnSchedulingRuleProperties {

    /** The city's own rule, as the city system would write it. */
    static final class NoPhoneBeforeNineOnMondays implements PhoneRule {
        static final LocalTime NINE = LocalTime.of(9, 0);

        @Override
        public String id() {
            return "CITY-1";
        }

        @Override
        public List<Violation> check(PlanContext plan) {
            List<Violation> violations = new ArrayList<>();
            List<PhoneWindow> windows = plan.template().map(WeeklyTemplate::windows).orElse(List.of());
            for (int i = 0; i < windows.size(); i++) {
                PhoneWindow w = windows.get(i);
                if (w.day() == DayOfWeek.MONDAY && w.start().isBefore(NINE)) {
                    violations.add(new Violation("template.windows[" + i + "]", id(), new LocalizedText(
                            w.secretary() + " on puhelimessa ennen klo 9 maanantaina",
                            w.secretary() + " är i telefon före kl. 9 på måndag",
                            w.secretary() + " is on the phone before 09:00 on Monday")));
                }
            }
            return violations;
        }
    }

    private static final PhoneRule CITY_RULE = new NoPhoneBeforeNineOnMondays();

    @Property(tries = 25)
    void cityRuleFlagsExactlyTheEarlyMondayWindows(@ForAll PhoneScenario scenario) {
        WeeklyTemplate template = schedule(scenario);
        long early = template.windows().stream()
                .filter(w -> w.day() == DayOfWeek.MONDAY && w.start().isBefore(NoPhoneBeforeNineOnMondays.NINE))
                .count();
        List<Violation> city = CITY_RULE.check(context(scenario, template));
        assertEquals(early, city.size());
        assertTrue(city.stream().allMatch(v -> v.rule().equals("CITY-1")));
    }

    @Property(tries = 25)
    void addingTheCityRuleHidesNoneOfTheLibrarysViolations(@ForAll PhoneScenario scenario) {
        WeeklyTemplate template = schedule(scenario);
        PlanContext plan = context(scenario, template);
        List<Violation> library = PlanValidator.standard().validate(plan);
        List<Violation> combined = PlanValidator.standard().with(CITY_RULE).validate(plan);
        assertEquals(library, combined.stream().filter(v -> !v.rule().equals("CITY-1")).toList());
        assertEquals(CITY_RULE.check(plan), combined.stream().filter(v -> v.rule().equals("CITY-1")).toList());
    }

    @Property(tries = 25)
    void theSchedulerKeepsTheCityRuleWhenMondaysOpenAtNine(@ForAll("mondaysOpenAtNine") PhoneScenario scenario) {
        PlanContext plan = context(scenario, schedule(scenario));
        assertEquals(List.of(), PlanValidator.standard().with(CITY_RULE).validate(plan));
    }

    @Provide
    Arbitrary<PhoneScenario> mondaysOpenAtNine() {
        return PhoneArbitraries.feasibleScenarios().filter(s -> s.policy().hoursOn(DayOfWeek.MONDAY)
                .map(h -> !h.opens().isBefore(NoPhoneBeforeNineOnMondays.NINE)).orElse(true));
    }

    private static WeeklyTemplate schedule(PhoneScenario scenario) {
        ScheduleResult result = PhoneScheduler.standard().schedule(scenario.team(), scenario.policy(), scenario.votes());
        return ((ScheduleResult.Scheduled) result).template();
    }

    private static PlanContext context(PhoneScenario scenario, WeeklyTemplate template) {
        return PlanContext.ofTemplate(scenario.team(), scenario.policy(), template);
    }
}
