package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.catalog.Delivery;
import fi.hoitomalli.catalog.OrderingDeadline;
import fi.hoitomalli.catalog.ProductCard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/** Invariants of "when will it be done?" for any card and any order instant. */
@Domain(ContactDomain.class)
@Domain(DomainContext.Global.class)
class CatalogProperties {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.vantaaDefault();

    @Property(tries = 300)
    void orderIsReceivedOnTheFirstWorkingDayItCountsFor(@ForAll ProductCard card, @ForAll Instant orderedAt) {
        Delivery delivery = card.deliveryFor(orderedAt, CALENDAR);
        ZonedDateTime local = orderedAt.atZone(CALENDAR.zone());
        boolean inTime = local.toLocalTime().isBefore(card.ordering().deadline().cutOff());

        assertThat(CALENDAR.isWorkingDay(delivery.receivedOn())).isTrue();
        if (inTime && CALENDAR.isWorkingDay(local.toLocalDate())) {
            assertThat(delivery.receivedOn()).isEqualTo(local.toLocalDate());
        } else {
            assertThat(delivery.receivedOn()).isAfter(local.toLocalDate());
            assertThat(CALENDAR.workingDaysBetween(local.toLocalDate(), delivery.receivedOn())).isEqualTo(1);
        }
    }

    @Property(tries = 300)
    void dueDateIsTheDeliveryTimeAfterReceiptOrAfterTheFirstReachablePayrollRun(@ForAll ProductCard card,
                                                                               @ForAll Instant orderedAt) {
        Delivery.Due due = (Delivery.Due) card.deliveryFor(orderedAt, CALENDAR);
        LocalDate countFrom = due.receivedOn();
        if (card.ordering().deadline() instanceof OrderingDeadline.BeforePayrollRun beforeRun) {
            LocalDate run = due.payrollRun().orElseThrow();
            assertThat(CALENDAR.isPayrollRunDay(run)).isTrue();
            assertThat(CALENDAR.workingDaysBetween(due.receivedOn(), run)).isGreaterThanOrEqualTo(beforeRun.workingDays());
            for (LocalDate day = due.receivedOn(); day.isBefore(run); day = day.plusDays(1)) {
                boolean earlierRunReachable = CALENDAR.isPayrollRunDay(day)
                        && CALENDAR.workingDaysBetween(due.receivedOn(), day) >= beforeRun.workingDays();
                assertThat(earlierRunReachable).as("run %s was reachable before %s", day, run).isFalse();
            }
            countFrom = run;
        } else {
            assertThat(due.payrollRun()).isEmpty();
        }
        assertThat(CALENDAR.isWorkingDay(due.dueOn())).isTrue();
        assertThat(CALENDAR.workingDaysBetween(countFrom, due.dueOn())).isEqualTo(card.deliveryWorkingDays());
    }
}
