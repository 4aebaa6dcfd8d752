package fi.hoitomalli.clock;

import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.Messages;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The annual clock as a wheel (vuosikello graafisena kuviona), written as an SVG 1.1 document: twelve
 * months around a circle starting from January at the top and running clockwise, one ring per
 * category present, each activity a dot with its template's code and a tooltip, and a red hand at the
 * given day. Deterministic: the same clock, day and language give the same bytes. Texts are XML-escaped
 * and characters XML cannot hold are dropped.
 */
public final class ClockWheel {

    private static final double SIZE = 1000;
    private static final double CENTRE = SIZE / 2;
    private static final double INNER = 140;
    private static final double OUTER = 410;
    private static final int LANES = 3;
    private static final Map<Category, String> COLOURS = Map.of(
            Category.PAYROLL, "#6b6b6b",
            Category.TEAM_MEETINGS, "#4e79a7",
            Category.FEEDBACK, "#f28e2b",
            Category.CUSTOMER_MEETINGS, "#59a14f",
            Category.ACCOUNT_TEAMS, "#e15759",
            Category.STEERING_GROUP, "#b07aa1",
            Category.INFO_SESSIONS, "#76b7b2");

    private ClockWheel() {
    }

    /**
     * The wheel as an SVG document in the language, with the hand on {@code today} (no hand when the
     * day is outside the clock's year).
     */
    public static String render(AnnualClock clock, LocalDate today, Language language) {
        Objects.requireNonNull(clock, "clock must not be null");
        Objects.requireNonNull(today, "today must not be null");
        Objects.requireNonNull(language, "language must not be null");
        Svg svg = new Svg();
        String title = Messages.text("fi.hoitomalli.clock.title", "year", clock.year()).in(language);
        svg.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"1000\" height=\"1000\" "
                + "viewBox=\"0 0 1000 1000\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n");
        svg.open("title").text(title).close("title");
        svg.raw("<rect x=\"0\" y=\"0\" width=\"1000\" height=\"1000\" fill=\"#ffffff\"/>\n");
        List<Category> rings = clock.templates().stream().map(ActivityTemplate::category).distinct().sorted().toList();
        double width = rings.isEmpty() ? OUTER - INNER : (OUTER - INNER) / rings.size();
        drawRings(svg, rings, width);
        drawMonths(svg, clock, language);
        drawMarks(svg, clock, rings, width, language);
        drawRingLabels(svg, rings, width, language);
        drawToday(svg, clock, today, language);
        svg.raw("<text x=\"500\" y=\"496\" text-anchor=\"middle\" font-size=\"22\" font-weight=\"bold\">")
                .text(String.valueOf(clock.year())).close("text");
        svg.raw("<text x=\"500\" y=\"520\" text-anchor=\"middle\" font-size=\"12\">").text(title).close("text");
        svg.raw("</svg>\n");
        return svg.toString();
    }

    private static void drawRings(Svg svg, List<Category> rings, double width) {
        for (int i = 0; i < rings.size(); i++) {
            double mid = INNER + width * (i + 0.5);
            svg.raw("<circle cx=\"500\" cy=\"500\" r=\"" + num(mid) + "\" fill=\"none\" stroke=\""
                    + COLOURS.get(rings.get(i)) + "\" stroke-opacity=\"" + (i % 2 == 0 ? "0.12" : "0.2")
                    + "\" stroke-width=\"" + num(width) + "\"/>\n");
        }
        svg.raw("<circle cx=\"500\" cy=\"500\" r=\"" + num(INNER) + "\" fill=\"none\" stroke=\"#444444\"/>\n");
        svg.raw("<circle cx=\"500\" cy=\"500\" r=\"" + num(OUTER) + "\" fill=\"none\" stroke=\"#444444\"/>\n");
    }

    private static void drawMonths(Svg svg, AnnualClock clock, Language language) {
        int year = clock.year().getValue();
        for (Month month : Month.values()) {
            double start = angle(LocalDate.of(year, month, 1), 0);
            svg.raw("<line x1=\"" + x(INNER, start) + "\" y1=\"" + y(INNER, start) + "\" x2=\"" + x(OUTER + 10, start)
                    + "\" y2=\"" + y(OUTER + 10, start) + "\" stroke=\"#444444\" stroke-width=\"1\"/>\n");
            LocalDate mid = LocalDate.of(year, month, 15);
            double a = angle(mid, 0);
            svg.raw("<text x=\"" + x(OUTER + 32, a) + "\" y=\"" + y(OUTER + 32, a) + "\" dy=\"0.35em\" "
                    + "text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">")
                    .text(ClockTexts.month(month, language)).close("text");
        }
    }

    private static void drawMarks(Svg svg, AnnualClock clock, List<Category> rings, double width, Language language) {
        Map<Category, Integer> counts = new HashMap<>();
        for (Occurrence o : clock.occurrences()) {
            ActivityTemplate template = clock.template(o.template()).orElseThrow();
            int ring = rings.indexOf(template.category());
            int lane = counts.merge(template.category(), 1, Integer::sum) % LANES;
            double r = INNER + width * ring + width * (lane + 0.5) / LANES;
            double a = angle(o.date(), 0.5);
            String colour = COLOURS.get(template.category());
            svg.raw("<g>");
            svg.open("title").text(o.date() + " " + o.start().map(s -> s + " ").orElse("")
                    + template.title().in(language)).close("title");
            svg.raw("<circle cx=\"" + x(r, a) + "\" cy=\"" + y(r, a) + "\" r=\"3\" fill=\"" + colour + "\"/>");
            label(svg, template.code(), r + 5, a, Math.min(8, width / LANES));
            svg.raw("</g>\n");
        }
    }

    /** A label along the radius, turned so that it never reads upside down. */
    private static void label(Svg svg, String text, double r, double angle, double fontSize) {
        double degrees = Math.toDegrees(angle);
        boolean leftHalf = Math.cos(angle) < 0;
        String anchor = leftHalf ? "end" : "start";
        double rotation = leftHalf ? degrees + 180 : degrees;
        svg.raw("<text x=\"" + x(r, angle) + "\" y=\"" + y(r, angle) + "\" dy=\"0.35em\" font-size=\"" + num(fontSize)
                + "\" text-anchor=\"" + anchor + "\" transform=\"rotate(" + num(rotation) + " " + x(r, angle) + " "
                + y(r, angle) + ")\">").text(text).close("text");
    }

    private static void drawRingLabels(Svg svg, List<Category> rings, double width, Language language) {
        for (int i = 0; i < rings.size(); i++) {
            double mid = INNER + width * (i + 0.5);
            String label = rings.get(i).label().in(language);
            double w = label.length() * 6.2 + 8;
            svg.raw("<rect x=\"" + num(CENTRE - w / 2) + "\" y=\"" + num(CENTRE - mid - 8) + "\" width=\"" + num(w)
                    + "\" height=\"16\" rx=\"4\" fill=\"#ffffff\" fill-opacity=\"0.85\" stroke=\""
                    + COLOURS.get(rings.get(i)) + "\"/>\n");
            svg.raw("<text x=\"500\" y=\"" + num(CENTRE - mid) + "\" dy=\"0.35em\" text-anchor=\"middle\" "
                    + "font-size=\"11\" fill=\"" + COLOURS.get(rings.get(i)) + "\">").text(label).close("text");
        }
    }

    private static void drawToday(Svg svg, AnnualClock clock, LocalDate today, Language language) {
        if (today.getYear() != clock.year().getValue()) {
            return;
        }
        double a = angle(today, 0.5);
        svg.raw("<line x1=\"500\" y1=\"500\" x2=\"" + x(OUTER + 14, a) + "\" y2=\"" + y(OUTER + 14, a)
                + "\" stroke=\"#d62728\" stroke-width=\"2.5\"/>\n");
        String text = Messages.text("fi.hoitomalli.clock.today").in(language) + " " + today.getDayOfMonth() + "."
                + today.getMonthValue() + ".";
        svg.raw("<text x=\"" + x(INNER - 40, a) + "\" y=\"" + y(INNER - 40, a) + "\" dy=\"0.35em\" "
                + "text-anchor=\"middle\" font-size=\"12\" fill=\"#d62728\">").text(text).close("text");
    }

    /** The angle of a day in radians: January 1st at the top, clockwise. */
    private static double angle(LocalDate date, double withinDay) {
        double fraction = (date.getDayOfYear() - 1 + withinDay) / date.lengthOfYear();
        return Math.toRadians(-90 + 360 * fraction);
    }

    private static String x(double r, double angle) {
        return num(CENTRE + r * Math.cos(angle));
    }

    private static String y(double r, double angle) {
        return num(CENTRE + r * Math.sin(angle));
    }

    private static String num(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return "-0.0".equals(text) ? "0.0" : text;
    }

    /** A string builder that escapes text for XML. */
    private static final class Svg {
        private final StringBuilder out = new StringBuilder(1 << 16);

        Svg raw(String markup) {
            out.append(markup);
            return this;
        }

        Svg open(String element) {
            out.append('<').append(element).append('>');
            return this;
        }

        Svg close(String element) {
            out.append("</").append(element).append(">\n");
            return this;
        }

        Svg text(String text) {
            out.append(SvgEscape.escape(text));
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
