package fi.hoitomalli.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalTime;
import java.util.Objects;

/**
 * When an order must be in (tilausaika). Orders received after the daily cut-off, or on a closed day,
 * count as received on the next working day.
 */
public sealed interface OrderingDeadline permits OrderingDeadline.AnyWorkingDay, OrderingDeadline.BeforePayrollRun {

    /** The local time of day (in the team's zone) after which an order counts for the next working day. */
    LocalTime cutOff();

    /**
     * Orders are taken on every working day; the delivery time counts from the day of receipt.
     *
     * @param cutOff the daily cut-off
     */
    record AnyWorkingDay(LocalTime cutOff) implements OrderingDeadline {
        public AnyWorkingDay {
            Objects.requireNonNull(cutOff, "cutOff must not be null");
        }
    }

    /**
     * Orders go with a payroll run: an order makes the first run that is at least {@code workingDays}
     * working days after the day it is received ("changes for the next payroll by the 5th working day
     * before the run"); the delivery time counts from that run.
     *
     * @param cutOff the daily cut-off
     * @param workingDays working days needed before the run, 0–30
     */
    record BeforePayrollRun(LocalTime cutOff, int workingDays) implements OrderingDeadline {
        public BeforePayrollRun {
            Objects.requireNonNull(cutOff, "cutOff must not be null");
            checkArgument(workingDays >= 0 && workingDays <= 30,
                    "working days before the payroll run must be 0–30: %s", workingDays);
        }
    }
}
