/**
 * The working calendar (työaikakalenteri): Finnish public holidays for any year, weekends, payroll-run
 * days (palkka-ajopäivät) as data, absences of secretaries with the short/long distinction of PH-7, and
 * working-day arithmetic in a team's time zone.
 */
package fi.hoitomalli.calendar;
