package fi.hoitomalli.examples.demo;

import fi.hoitomalli.clock.ActivityMark;
import fi.hoitomalli.clock.ActivityStatus;
import fi.hoitomalli.clock.ActivityTemplate;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.clock.CadenceCheck;
import fi.hoitomalli.clock.ClockActivities;
import fi.hoitomalli.clock.ClockActivity;
import fi.hoitomalli.clock.ClockAgenda;
import fi.hoitomalli.clock.ClockPlanner;
import fi.hoitomalli.clock.ClockScope;
import fi.hoitomalli.clock.ClockWheel;
import fi.hoitomalli.clock.Compliance;
import fi.hoitomalli.clock.VantaaClock;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.jdbc.JdbcStores;
import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.plan.AccountPlanEditor;
import fi.hoitomalli.plan.AccountPlanVersion;
import fi.hoitomalli.plan.AccountPlans;
import fi.hoitomalli.plan.ActionId;
import fi.hoitomalli.plan.ActionStatus;
import fi.hoitomalli.plan.GoalId;
import fi.hoitomalli.plan.Metric;
import fi.hoitomalli.plan.MetricPeriod;
import fi.hoitomalli.plan.PlanAction;
import fi.hoitomalli.plan.SatisfactionGoal;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.team.ServiceTeam;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Step: the year's account plans (asiakkuussuunnitelmat), one per sector with a satisfaction goal and a
 * development action, and the annual clock (vuosikello) of the whole service centre, drawn as an SVG wheel,
 * recorded in the clock store with what was held before today, and checked against its cadences.
 */
final class PlanningStep {

    private final DemoContext context;
    private final JdbcStores stores;

    PlanningStep(DemoContext context, JdbcStores stores) {
        this.context = context;
        this.stores = stores;
    }

    /** The plans created and the clock generated. */
    record PlanningFacts(List<AccountPlan> plans, AnnualClock clock, Path svg) {
    }

    PlanningFacts run() {
        ReferenceCity city = context.city();
        context.section("6. Account plans " + context.year() + " and the annual clock");
        AccountPlans store = stores.accountPlans();
        AccountPlanEditor editor = new AccountPlanEditor(store, context.clock());
        List<AccountPlan> plans = new ArrayList<>();
        for (Sector sector : city.orgStructure().sectors()) {
            AccountPlanVersion version = editor.create(planFor(sector), "demo", "vuoden suunnitelma");
            plans.add(version.plan());
            context.line("   %-5s %-34s version %d, %d goal(s), %d action(s)", sector.id(), sector.name().fi(),
                    version.version(), version.plan().development().goals().size(),
                    version.plan().development().actions().size());
        }
        context.writeJson("account-plans-" + context.year() + ".json", plans);
        long started = context.progress("generating the annual clock");
        List<ActivityTemplate> templates = VantaaClock.templates(city.orgStructure().sectors(),
                city.serviceCentre().teams(), city.serviceCentre().management().head().id());
        AnnualClock clock = new ClockPlanner(context.calendar()).generate(context.year(), templates);
        context.done(started);
        Path svg = context.write("annual-clock-" + context.year() + ".svg",
                ClockWheel.render(clock, context.today(), Language.FI));
        context.write("annual-clock-" + context.year() + ".txt", ClockAgenda.render(clock, Language.FI));
        context.line("   %d activity templates, %d dated activities, %d could not be placed", clock.templates().size(),
                clock.occurrences().size(), clock.unplaced().size());
        record(clock);
        return new PlanningFacts(plans, clock, svg);
    }

    /**
     * Records the city's clock in the store and marks what happened before today: every activity held but
     * the first account-team meeting, which was cancelled; then the compliance check on the stored records.
     */
    private void record(AnnualClock clock) {
        ClockActivities store = stores.clockActivities();
        ClockScope city = ClockScope.city();
        int recorded = store.plan(city, clock).size();
        LocalDate today = context.today();
        int held = 0;
        String cancelled = "none";
        for (ClockActivity past : store.inStatus(city, ActivityStatus.PLANNED, context.year().atDay(1),
                today.minusDays(1))) {
            if (cancelled.equals("none") && past.occurrence().template().value().startsWith("AT-")) {
                store.mark(past.key(), past.version(), ActivityMark.cancelled("demo", context.clock().instant(),
                        "Peruttu: sektorin henkilöstöyksikkö ei päässyt paikalle"));
                cancelled = past.key().describe();
            } else {
                store.mark(past.key(), past.version(), ActivityMark.held("demo", context.clock().instant()));
                held++;
            }
        }
        Map<CadenceCheck.Verdict, Integer> verdicts = new EnumMap<>(CadenceCheck.Verdict.class);
        Compliance.check(clock, store.records(city, context.year()), today)
                .forEach(c -> verdicts.merge(c.verdict(), 1, Integer::sum));
        context.line("   %d dated activities recorded in the clock store; before %s: %d marked held, cancelled: %s;"
                + "%n   cadences as of %s: %s", recorded, today, held, cancelled, today, verdicts);
    }

    private AccountPlan planFor(Sector sector) {
        ServiceTeam team = context.city().serviceCentre().teams().stream()
                .filter(t -> t.sectors().contains(sector.id())).findFirst().orElseThrow();
        GoalId goal = new GoalId("G-1");
        int year = context.year().getValue();
        return AccountPlan.empty(sector.id(), context.year())
                .withGoal(new SatisfactionGoal(goal, "Myönteisen palautteen osuus kasvaa",
                        new Metric.PositiveFeedbackShare(MetricPeriod.HALF_YEAR), 55.0, 70.0, Optional.empty()))
                .withAction(new PlanAction(new ActionId("A-1"), "Esimiesinfo palvelukseenotosta",
                        team.members().get(0).value(), LocalDate.of(year, 9, 30), ActionStatus.PLANNED,
                        Optional.of(goal), Optional.empty()))
                .withAction(new PlanAction(new ActionId("A-2"), "Yhteystietolista esimiehille",
                        team.members().get(1).value(), context.calendar().plusWorkingDays(context.today(), 2),
                        ActionStatus.IN_PROGRESS, Optional.of(goal), Optional.empty()));
    }
}
