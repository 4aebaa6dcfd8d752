package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.calendar.FinnishHolidays;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.clock.ActivityTemplate;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.clock.ClockPlanner;
import fi.hoitomalli.clock.Occurrence;
import fi.hoitomalli.clock.Placement;
import fi.hoitomalli.clock.Unplaced;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ClockPlannerProperties {

    @Property(tries = 60)
    void section7_noOccurrenceOnAClosedOrPayrollDayOrOutsideItsMonths(@ForAll("years") Year year,
            @ForAll("templates") List<ActivityTemplate> templates, @ForAll("calendars") WorkingCalendar calendar) {
        AnnualClock clock = new ClockPlanner(calendar).generate(year, templates);
        for (Occurrence o : clock.occurrences()) {
            ActivityTemplate t = clock.template(o.template()).orElseThrow();
            assertThat(o.date().getYear()).isEqualTo(year.getValue());
            assertThat(o.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(FinnishHolidays.isHoliday(o.date())).isFalse();
            assertThat(calendar.extraClosedDays()).doesNotContain(o.date());
            assertThat(t.months()).contains(o.date().getMonth());
            assertThat(calendar.isPayrollRunDay(o.date())).isEqualTo(t.placement() == Placement.PAYROLL_RUN_DAYS);
            o.start().ifPresent(s -> {
                assertThat(s).isAfterOrEqualTo(LocalTime.of(9, 0));
                assertThat(o.end().orElseThrow()).isBeforeOrEqualTo(LocalTime.of(16, 0));
                assertThat(o.people()).isEqualTo(t.people());
            });
        }
    }

    @Property(tries = 60)
    void section7_nobodyIsBookedTwiceAtTheSameTime(@ForAll("years") Year year, @ForAll("templates") List<ActivityTemplate> templates,
                                                   @ForAll("calendars") WorkingCalendar calendar) {
        List<Occurrence> all = new ClockPlanner(calendar).generate(year, templates).occurrences();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size() && all.get(j).date().equals(all.get(i).date()); j++) {
                assertThat(all.get(i).clashesWith(all.get(j))).as(all.get(i) + " vs " + all.get(j)).isFalse();
            }
        }
    }

    @Property(tries = 60)
    void section7_everyShortfallIsExplainedWithItsFigures(@ForAll("years") Year year, @ForAll("templates") List<ActivityTemplate> templates,
                                                          @ForAll("calendars") WorkingCalendar calendar) {
        AnnualClock clock = new ClockPlanner(calendar).generate(year, templates);
        for (ActivityTemplate t : templates) {
            int placed = clock.occurrencesOf(t.id()).size();
            Optional<Unplaced> explanation = clock.unplaced().stream().filter(u -> u.template().equals(t.id())).findFirst();
            if (placed >= t.cadence().max()) {
                assertThat(explanation).isEmpty();
            } else {
                assertThat(explanation).hasValueSatisfying(u -> {
                    assertThat(u.placed()).isEqualTo(placed);
                    assertThat(u.wanted()).isEqualTo(t.cadence().max());
                    assertThat(u.minimumMet()).isEqualTo(placed >= t.cadence().min());
                });
            }
            if (t.placement() == Placement.SCHEDULED) {
                assertThat(placed).isLessThanOrEqualTo(t.cadence().max());
                assertThat(clock.occurrencesOf(t.id()).stream().map(Occurrence::date).distinct().count())
                        .isEqualTo(placed);
            }
        }
    }

    @Property(tries = 40)
    void section7_everyPlaceableCadenceIsMetInFull(@ForAll("years") Year year,
            @ForAll("placeable") List<ActivityTemplate> templates, @ForAll("calendars") WorkingCalendar calendar) {
        AnnualClock clock = new ClockPlanner(calendar).generate(year, templates);
        assertThat(clock.unplaced()).isEmpty();
        for (ActivityTemplate t : templates) {
            assertThat(clock.occurrencesOf(t.id())).hasSize(t.cadence().max());
        }
    }

    @Property(tries = 20)
    void generationIsDeterministic(@ForAll("years") Year year, @ForAll("templates") List<ActivityTemplate> templates,
                                   @ForAll("calendars") WorkingCalendar calendar) {
        assertThat(new ClockPlanner(calendar).generate(year, templates))
                .isEqualTo(new ClockPlanner(calendar).generate(year, templates));
    }

    @Provide
    Arbitrary<Year> years() {
        return ClockArbitraries.years();
    }

    @Provide
    Arbitrary<List<ActivityTemplate>> templates() {
        return ClockArbitraries.templateLists();
    }

    @Provide
    Arbitrary<WorkingCalendar> calendars() {
        return ClockArbitraries.workingCalendars();
    }

    @Provide
    Arbitrary<List<ActivityTemplate>> placeable() {
        return ClockArbitraries.placeableTemplateLists();
    }
}
