package fi.hoitomalli.clock;

import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.Messages;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * The annual clock as a text agenda (vuosikello sanallisesti): a heading per month and one line per
 * activity with weekday, date, time, title and ring; then the explanations of what could not be placed.
 * Deterministic: the same clock and language give the same text.
 */
public final class ClockAgenda {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ClockAgenda() {
    }

    /** The clock as text in the language, lines separated by {@code \n}. */
    public static String render(AnnualClock clock, Language language) {
        Objects.requireNonNull(clock, "clock must not be null");
        Objects.requireNonNull(language, "language must not be null");
        StringBuilder out = new StringBuilder();
        out.append(Messages.text("fi.hoitomalli.clock.title", "year", clock.year()).in(language)).append('\n');
        for (Month month : Month.values()) {
            List<Occurrence> inMonth = clock.occurrences().stream().filter(o -> o.date().getMonth() == month).toList();
            if (inMonth.isEmpty()) {
                continue;
            }
            out.append('\n').append("== ").append(ClockTexts.month(month, language)).append(" ==\n");
            inMonth.forEach(o -> line(out, clock, o, language));
        }
        if (!clock.unplaced().isEmpty()) {
            out.append('\n').append(Messages.text("fi.hoitomalli.clock.unplacedHeading").in(language)).append('\n');
            clock.unplaced().forEach(u -> out.append("  - ").append(u.explanation().in(language)).append('\n'));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, AnnualClock clock, Occurrence o, Language language) {
        ActivityTemplate template = clock.template(o.template()).orElseThrow();
        String time = o.start()
                .map(s -> TIME.format(s) + "–" + TIME.format(o.end().orElseThrow()))
                .orElseGet(() -> Messages.text("fi.hoitomalli.clock.allDay").in(language));
        String day = ClockTexts.weekday(o.date().getDayOfWeek(), language) + " " + o.date().getDayOfMonth() + "."
                + o.date().getMonthValue() + ".";
        out.append("  ").append(String.format(java.util.Locale.ROOT, "%-10s", day)).append(' ')
                .append(String.format(java.util.Locale.ROOT, "%-12s", time)).append(' ')
                .append(template.title().in(language))
                .append("  [").append(template.category().label().in(language)).append("]\n");
    }
}
