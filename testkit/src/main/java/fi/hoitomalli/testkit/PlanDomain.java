package fi.hoitomalli.testkit;

import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.clock.ActivityTemplate;
import fi.hoitomalli.clock.ActivityMark;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.clock.ClockActivity;
import fi.hoitomalli.clock.ClockScope;
import fi.hoitomalli.meeting.Encounter;
import fi.hoitomalli.meeting.MeetingProcess;
import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.plan.AccountPlanVersion;
import fi.hoitomalli.plan.Metric;
import java.time.Year;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The jqwik domain of account plans, customer meetings and the annual clock: use
 * {@code @Domain(PlanDomain.class)} on a property to get plans, versions, metrics, encounters, meeting
 * processes, templates, template lists, calendars, years, generated clocks, clock scopes, status marks
 * and recorded clock activities for {@code @ForAll}.
 */
public class PlanDomain extends DomainContextBase {

    @Provide
    Arbitrary<AccountPlan> accountPlans() {
        return PlanArbitraries.accountPlans();
    }

    @Provide
    Arbitrary<AccountPlanVersion> accountPlanVersions() {
        return PlanArbitraries.accountPlanVersions();
    }

    @Provide
    Arbitrary<Metric> metrics() {
        return PlanArbitraries.metrics();
    }

    @Provide
    Arbitrary<Encounter> encounters() {
        return PlanArbitraries.encounters();
    }

    @Provide
    Arbitrary<MeetingProcess> meetingProcesses() {
        return PlanArbitraries.meetingProcesses();
    }

    @Provide
    Arbitrary<ActivityTemplate> templates() {
        return ClockArbitraries.templates();
    }

    @Provide
    Arbitrary<List<ActivityTemplate>> templateLists() {
        return ClockArbitraries.templateLists();
    }

    @Provide
    Arbitrary<WorkingCalendar> workingCalendars() {
        return ClockArbitraries.workingCalendars();
    }

    @Provide
    Arbitrary<Year> years() {
        return ClockArbitraries.years();
    }

    @Provide
    Arbitrary<AnnualClock> annualClocks() {
        return ClockArbitraries.annualClocks();
    }

    @Provide
    Arbitrary<ClockScope> clockScopes() {
        return ClockArbitraries.clockScopes();
    }

    @Provide
    Arbitrary<ActivityMark> activityMarks() {
        return ClockArbitraries.activityMarks();
    }

    @Provide
    Arbitrary<ClockActivity> clockActivities() {
        return ClockArbitraries.clockActivities();
    }
}
