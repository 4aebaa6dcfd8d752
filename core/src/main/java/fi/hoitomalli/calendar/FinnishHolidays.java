package fi.hoitomalli.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import fi.hoitomalli.common.LocalizedText;

/**
 * Finnish public holidays computed for any year from 1900 to 2999 (PH-6): New Year's
 * Day, Epiphany, Good Friday, Easter Sunday and Monday, May Day, Ascension Day, Whit Sunday, Midsummer
 * Eve (de facto non-working) and Day, All Saints' Day, Independence Day, Christmas Eve, Christmas Day and
 * St Stephen's Day. Easter follows the Gregorian computus (Meeus/Jones/Butcher).
 */
public final class FinnishHolidays {

    private FinnishHolidays() {
    }

    /**
     * The holidays of a year in date order.
     *
     * @throws IllegalArgumentException outside 1900–2999
     */
    public static List<Holiday> of(int year) {
        checkArgument(year >= 1900 && year <= 2999, "year %s outside 1900–2999", year);
        LocalDate easter = easterSunday(year);
        LocalDate midsummerEve = LocalDate.of(year, Month.JUNE, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        LocalDate allSaints = LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return Stream.of(
                holiday(LocalDate.of(year, 1, 1), "Uudenvuodenpäivä", "Nyårsdagen", "New Year's Day"),
                holiday(LocalDate.of(year, 1, 6), "Loppiainen", "Trettondagen", "Epiphany"),
                holiday(easter.minusDays(2), "Pitkäperjantai", "Långfredagen", "Good Friday"),
                holiday(easter, "Pääsiäispäivä", "Påskdagen", "Easter Sunday"),
                holiday(easter.plusDays(1), "2. pääsiäispäivä", "Annandag påsk", "Easter Monday"),
                holiday(LocalDate.of(year, 5, 1), "Vappu", "Första maj", "May Day"),
                holiday(easter.plusDays(39), "Helatorstai", "Kristi himmelfärdsdag", "Ascension Day"),
                holiday(easter.plusDays(49), "Helluntaipäivä", "Pingstdagen", "Whit Sunday"),
                holiday(midsummerEve, "Juhannusaatto", "Midsommarafton", "Midsummer Eve"),
                holiday(midsummerEve.plusDays(1), "Juhannuspäivä", "Midsommardagen", "Midsummer Day"),
                holiday(allSaints, "Pyhäinpäivä", "Alla helgons dag", "All Saints' Day"),
                holiday(LocalDate.of(year, 12, 6), "Itsenäisyyspäivä", "Självständighetsdagen", "Independence Day"),
                holiday(LocalDate.of(year, 12, 24), "Jouluaatto", "Julafton", "Christmas Eve"),
                holiday(LocalDate.of(year, 12, 25), "Joulupäivä", "Juldagen", "Christmas Day"),
                holiday(LocalDate.of(year, 12, 26), "Tapaninpäivä", "Annandag jul", "St Stephen's Day"))
                .sorted(Comparator.comparing(Holiday::date))
                .toList();
    }

    /** Whether the date is a Finnish public holiday (or Midsummer Eve). */
    public static boolean isHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        int year = date.getYear();
        if (year < 1900 || year > 2999) {
            return false;
        }
        // Fixed dates first: most calls are decided without computing Easter.
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        if ((month == 1 && (day == 1 || day == 6)) || (month == 5 && day == 1)
                || (month == 12 && (day == 6 || day == 24 || day == 25 || day == 26))) {
            return true;
        }
        if (month == 6 && day >= 19 && day <= 26) {
            DayOfWeek dow = date.getDayOfWeek();
            return (dow == DayOfWeek.FRIDAY && day <= 25) || (dow == DayOfWeek.SATURDAY && day >= 20);
        }
        if ((month == 10 && day == 31) || (month == 11 && day <= 6)) {
            return date.getDayOfWeek() == DayOfWeek.SATURDAY;
        }
        if (month < 3 || month > 6) {
            return false;
        }
        LocalDate easter = easterSunday(year);
        long offset = date.toEpochDay() - easter.toEpochDay();
        return offset == -2 || offset == 0 || offset == 1 || offset == 39 || offset == 49;
    }

    /** Easter Sunday of a Gregorian year. */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    private static Holiday holiday(LocalDate date, String fi, String sv, String en) {
        return new Holiday(date, new LocalizedText(fi, sv, en));
    }
}
