package fi.hoitomalli.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The answer to "when will it be done?" for one order of a product card. */
public sealed interface Delivery permits Delivery.Due, Delivery.NoPayrollRun {

    /** The card ordered. */
    ProductCardId card();

    /** When the order was placed. */
    Instant orderedAt();

    /** The working day the order counts as received (after the cut-off or on a closed day: the next one). */
    LocalDate receivedOn();

    /**
     * The order will be done on {@code dueOn}.
     *
     * @param payrollRun the payroll run the order goes with, for payroll-bound cards
     * @param dueOn the due date, a working day not before {@code receivedOn}
     */
    record Due(ProductCardId card, Instant orderedAt, LocalDate receivedOn, Optional<LocalDate> payrollRun,
               LocalDate dueOn) implements Delivery {
        public Due {
            Objects.requireNonNull(card, "card must not be null");
            Objects.requireNonNull(orderedAt, "orderedAt must not be null");
            Objects.requireNonNull(receivedOn, "receivedOn must not be null");
            Objects.requireNonNull(payrollRun, "payrollRun must not be null");
            Objects.requireNonNull(dueOn, "dueOn must not be null");
            checkArgument(!dueOn.isBefore(receivedOn), "due date %s before receipt %s", dueOn, receivedOn);
        }
    }

    /**
     * A payroll-bound order for which the calendar has no payroll run in reach (e.g. a listed run
     * schedule that ends): the due date cannot be promised.
     *
     * @param searchedUntil the last day searched for a run
     */
    record NoPayrollRun(ProductCardId card, Instant orderedAt, LocalDate receivedOn, LocalDate searchedUntil)
            implements Delivery {
        public NoPayrollRun {
            Objects.requireNonNull(card, "card must not be null");
            Objects.requireNonNull(orderedAt, "orderedAt must not be null");
            Objects.requireNonNull(receivedOn, "receivedOn must not be null");
            Objects.requireNonNull(searchedUntil, "searchedUntil must not be null");
        }
    }
}
