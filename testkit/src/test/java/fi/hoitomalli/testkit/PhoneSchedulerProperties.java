package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.phone.Conflict;
import fi.hoitomalli.phone.PayrollDayRule;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.PhoneScheduler;
import fi.hoitomalli.phone.PlanContext;
import fi.hoitomalli.phone.PlanValidator;
import fi.hoitomalli.phone.ScheduleResult;
import fi.hoitomalli.phone.ServiceHours;
import fi.hoitomalli.phone.SlotTally;
import fi.hoitomalli.phone.Votes;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;

/** PH-1 … PH-5 and PH-8 of the scheduler as properties. */
class PhoneSchedulerProperties {

    private final PhoneScheduler scheduler = PhoneScheduler.standard();

    @Property(tries = 60)
    @Domain(PhoneDomain.class)
    void everyScheduledTemplatePassesTheValidatorWithAProof(@ForAll PhoneScenario s) {
        ScheduleResult result = scheduler.schedule(s.team(), s.policy(), s.votes());
        assertThat(result).isInstanceOf(ScheduleResult.Scheduled.class);
        ScheduleResult.Scheduled scheduled = (ScheduleResult.Scheduled) result;
        assertThat(PlanValidator.standard().validate(PlanContext.ofTemplate(s.team(), s.policy(), scheduled.template())))
                .isEmpty();
        assertThat(scheduled.proof().objective()).isEqualTo(scheduled.proof().upperBound())
                .isEqualTo(PhoneScheduler.objective(scheduled.template(), s.votes()));
        assertThat(scheduler.schedule(s.team(), s.policy(), s.votes())).isEqualTo(result);
    }

    @Property(tries = 150)
    void optimumAndTieBreakEqualBruteForceOnSmallTeams(@ForAll("small") PhoneScenario s) {
        assertEqualsBruteForce(s);
    }

    /**
     * The cases that stress the search's Lagrangian bound, against enumeration: {@code minOnPhone} 2, pairs,
     * long days (up to 12 h, or only a long Tuesday), the same start all week or a start per weekday, and
     * no votes, votes tied everywhere, everyone voting for the same slot, or random votes.
     */
    @Property(tries = 150)
    void optimumAndTieBreakEqualBruteForceOnTightCoverage(@ForAll("tight") PhoneScenario s) {
        boolean scheduled = assertEqualsBruteForce(s);
        Statistics.label("case").collect("minOnPhone " + s.policy().minOnPhone(),
                s.team().pairs().isEmpty() ? "no pairs" : "pairs", scheduled ? "scheduled" : "infeasible");
        // the cases that matter most are really there: pairs, minOnPhone 2, a template to compare
        Statistics.label("case").coverage(c -> c.check("minOnPhone 2", "pairs", "scheduled").percentage(p -> p >= 5.0));
    }

    /** Compares with enumeration; whether the input was scheduled. */
    private boolean assertEqualsBruteForce(PhoneScenario s) {
        PhoneBruteForce.Result expected = PhoneBruteForce.solve(s.team(), s.policy(), s.votes().tallies());
        ScheduleResult result = scheduler.schedule(s.team(), s.policy(), s.votes());
        if (expected == null) {
            assertThat(result).isInstanceOf(ScheduleResult.Infeasible.class);
            return false;
        }
        assertThat(result).isInstanceOf(ScheduleResult.Scheduled.class);
        ScheduleResult.Scheduled scheduled = (ScheduleResult.Scheduled) result;
        assertThat(scheduled.proof().objective()).isEqualTo(expected.score());
        List<SecretaryId> order = PhoneBruteForce.groupOrder(s.team());
        List<List<DayOfWeek>> units = PhoneBruteForce.units(s.policy());
        for (int u = 0; u < units.size(); u++) {
            for (int i = 0; i < order.size(); i++) {
                for (DayOfWeek day : units.get(u)) {
                    int start = scheduled.template().windowOf(order.get(i), day).orElseThrow().start().toSecondOfDay() / 60;
                    assertThat(start).as("start of %s on %s", order.get(i), day).isEqualTo(expected.startsPerUnit().get(u)[i]);
                }
            }
        }
        return true;
    }

    @Property(tries = 80)
    void infeasibleInputsGetInfeasibleAndRelaxingTheNamedRulesMakesThemFeasible(@ForAll("infeasible") PhoneScenario s) {
        ScheduleResult result = scheduler.schedule(s.team(), s.policy(), s.votes());
        assertThat(result).isInstanceOf(ScheduleResult.Infeasible.class);
        Set<String> named = new HashSet<>();
        for (Conflict c : ((ScheduleResult.Infeasible) result).conflicts()) {
            named.addAll(c.rules());
        }
        named.retainAll(PhoneScheduler.RELAXABLE);
        assertThat(named).isNotEmpty();
        assertThat(scheduler.relaxing(named).schedule(s.team(), s.policy(), s.votes()))
                .isInstanceOf(ScheduleResult.Scheduled.class);
    }

    @Property(tries = 100)
    void anyScenarioEitherSchedulesValidlyOrNamesRelaxableRules(@ForAll("any") PhoneScenario s) {
        ScheduleResult result = scheduler.schedule(s.team(), s.policy(), s.votes());
        if (result instanceof ScheduleResult.Scheduled scheduled) {
            assertThat(PlanValidator.standard().validate(PlanContext.ofTemplate(s.team(), s.policy(), scheduled.template())))
                    .isEmpty();
        } else {
            Set<String> named = new HashSet<>();
            ((ScheduleResult.Infeasible) result).conflicts().forEach(c -> named.addAll(c.rules()));
            named.retainAll(PhoneScheduler.RELAXABLE);
            assertThat(scheduler.relaxing(named).schedule(s.team(), s.policy(), s.votes()))
                    .isInstanceOf(ScheduleResult.Scheduled.class);
        }
    }

    @Provide
    Arbitrary<PhoneScenario> small() {
        return PhoneArbitraries.smallScenarios();
    }

    @Provide
    Arbitrary<PhoneScenario> tight() {
        return Arbitraries.integers().between(2, 6).flatMap(n -> {
            // keep the enumeration (candidates ^ secretaries per unit) near 20,000
            int maxCandidates = (int) Math.floor(Math.pow(20_000, 1.0 / n));
            return Combinators.combine(PhoneArbitraries.teams(n, n), Arbitraries.of(60, 120), Arbitraries.of(1, 2, 2),
                    Arbitraries.of(true, false), Arbitraries.of(false, false, true), Arbitraries.integers().between(0, 6),
                    Arbitraries.integers().between(0, 3), Arbitraries.longs()).as((team, window, m, same, longTuesdayOnly,
                            extra, voteMode, seed) -> {
                        int w = window / 60;
                        // at most the hours the team can cover minOnPhone times (tight), and sometimes 1 h more
                        int most = Math.min(12, Math.min(maxCandidates + w - 1, n / m * w + (extra == 6 ? 1 : 0)));
                        int hours = Math.max(2 * w, Math.min(most, 2 * w + extra));
                        Map<DayOfWeek, ServiceHours> week = new EnumMap<>(DayOfWeek.class);
                        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                            int h = longTuesdayOnly && d != DayOfWeek.TUESDAY ? Math.max(2 * w, hours - 2) : hours;
                            week.put(d, new ServiceHours(LocalTime.of(8, 0), LocalTime.of(8 + h, 0)));
                        }
                        PhonePolicy policy = new PhonePolicy(week, Duration.ofMinutes(window), Duration.ofMinutes(60),
                                Duration.ZERO, m, same, new PayrollDayRule.Drop(), WorkingCalendar.HELSINKI);
                        return new PhoneScenario(team, policy, votes(team, policy, voteMode, seed));
                    });
        });
    }

    /** No votes, one vote for every slot (all windows tie), everyone for the same slot, or random votes. */
    private static Votes votes(ServiceTeam team, PhonePolicy policy, int mode, long seed) {
        List<SlotTally> tallies = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (SecretaryId s : team.members()) {
            for (Map.Entry<DayOfWeek, ServiceHours> e : policy.serviceHours().entrySet()) {
                ServiceHours h = e.getValue();
                for (LocalTime t = h.opens(); t.isBefore(h.closes()); t = t.plusHours(1)) {
                    int votes = switch (mode) {
                        case 0 -> 0;
                        case 1 -> 1;
                        case 2 -> t.equals(h.opens().plusHours(2)) ? 5 : 0;
                        default -> random.nextInt(4) == 0 ? 1 + random.nextInt(6) : 0;
                    };
                    if (votes > 0) {
                        tallies.add(new SlotTally(s, e.getKey(), t, votes));
                    }
                }
            }
        }
        return new Votes(team.id(), tallies);
    }

    @Provide
    Arbitrary<PhoneScenario> infeasible() {
        return PhoneArbitraries.infeasibleScenarios();
    }

    @Provide
    Arbitrary<PhoneScenario> any() {
        return PhoneArbitraries.scenarios();
    }
}
