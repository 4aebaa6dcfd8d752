package fi.hoitomalli.catalog;

import fi.hoitomalli.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/** The due-date arithmetic behind {@link ProductCard#deliveryFor}. */
final class DueDates {

    /** How far ahead a payroll run is looked for: a year and a month covers any monthly schedule. */
    static final int RUN_SEARCH_DAYS = 400;

    private DueDates() {
    }

    static Delivery deliveryFor(ProductCard card, Instant orderedAt, WorkingCalendar calendar) {
        Objects.requireNonNull(orderedAt, "orderedAt must not be null");
        Objects.requireNonNull(calendar, "calendar must not be null");
        OrderingDeadline deadline = card.ordering().deadline();
        LocalDate received = receivedOn(orderedAt, deadline, calendar);
        if (deadline instanceof OrderingDeadline.BeforePayrollRun beforeRun) {
            return withPayrollRun(card, orderedAt, received, beforeRun.workingDays(), calendar);
        }
        LocalDate due = calendar.plusWorkingDays(received, card.deliveryWorkingDays());
        return new Delivery.Due(card.id(), orderedAt, received, Optional.empty(), due);
    }

    /** The working day an order counts as received, in the calendar's zone (DST-correct via ZonedDateTime). */
    static LocalDate receivedOn(Instant orderedAt, OrderingDeadline deadline, WorkingCalendar calendar) {
        ZonedDateTime local = orderedAt.atZone(calendar.zone());
        LocalDate day = local.toLocalDate();
        boolean inTime = local.toLocalTime().isBefore(deadline.cutOff());
        return calendar.isWorkingDay(day) && inTime ? day : calendar.plusWorkingDays(day, 1);
    }

    private static Delivery withPayrollRun(ProductCard card, Instant orderedAt, LocalDate received, int daysBefore,
                                           WorkingCalendar calendar) {
        LocalDate last = received.plusDays(RUN_SEARCH_DAYS);
        for (LocalDate day = received; !day.isAfter(last); day = day.plusDays(1)) {
            if (calendar.isPayrollRunDay(day) && calendar.workingDaysBetween(received, day) >= daysBefore) {
                LocalDate due = calendar.plusWorkingDays(day, card.deliveryWorkingDays());
                return new Delivery.Due(card.id(), orderedAt, received, Optional.of(day), due);
            }
        }
        return new Delivery.NoPayrollRun(card.id(), orderedAt, received, last);
    }
}
