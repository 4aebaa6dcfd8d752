package fi.hoitomalli.examples.web;

import static fi.hoitomalli.examples.web.Html.escape;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.forms.FeedbackDetails;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.team.ServiceTeam;

/**
 * The team's open feedback (tiimin avoimet palautteet): every feedback still waiting for its response,
 * with the response due date the library computed, earliest first, overdue ones marked. After a form was
 * saved it says so at the top (a status message) and offers the next quick links.
 */
final class OpenFeedbackPage {

    private static final int EXCERPT = 120;

    private final Page page;
    private final SchemaForm labels;

    /**
     * @param page the page's language and address
     * @param labels the feedback form in the page's language, for the labels of kinds, reasons and channels
     */
    OpenFeedbackPage(Page page, SchemaForm labels) {
        this.page = Objects.requireNonNull(page, "page must not be null");
        this.labels = Objects.requireNonNull(labels, "labels must not be null");
    }

    /**
     * The page.
     *
     * @param team the team
     * @param open its open feedback, in the order to show
     * @param today today, to mark the overdue ones
     * @param status what to confirm at the top, if anything (text)
     * @param links the quick links to offer (HTML list items), possibly none
     */
    String render(ServiceTeam team, List<FeedbackReport> open, LocalDate today, Optional<String> status,
                  String links) {
        StringBuilder main = new StringBuilder(8192);
        String title = page.text("web.open.title", "team", team.name());
        main.append("<h1>").append(escape(title)).append("</h1>\n");
        status.ifPresent(text -> main.append("<p class=\"status\" role=\"status\">").append(escape(text))
                .append("</p>\n"));
        if (!links.isEmpty()) {
            main.append("<ul class=\"quick-links\">\n").append(links).append("</ul>\n");
        }
        main.append("<p class=\"intro\">").append(escape(page.text("web.open.intro"))).append("</p>\n");
        if (open.isEmpty()) {
            main.append("<p id=\"no-open-feedback\">").append(escape(page.text("web.open.none"))).append("</p>\n");
        } else {
            table(main, open, today);
        }
        return page.wideDocument(title, main.toString());
    }

    private void table(StringBuilder main, List<FeedbackReport> open, LocalDate today) {
        main.append("<table id=\"open-feedback\">\n<caption>").append(escape(page.text("web.open.caption")))
                .append("</caption>\n<thead><tr>");
        for (String heading : List.of(page.text("web.open.due"), page.text("web.open.received"), label("kind"),
                label("reason"), label("channel"), page.text("web.open.recorder"), label("text"))) {
            main.append("<th scope=\"col\">").append(escape(heading)).append("</th>");
        }
        main.append("</tr></thead>\n<tbody>\n");
        for (FeedbackReport report : open) {
            row(main, report.details(), report.isOverdue(today));
        }
        main.append("</tbody>\n</table>\n");
    }

    private void row(StringBuilder main, FeedbackDetails d, boolean overdue) {
        main.append("<tr id=\"feedback-").append(escape(d.id().value())).append("\"")
                .append(overdue ? " class=\"overdue\"" : "").append(">")
                .append("<td class=\"due\">").append(page.date(d.dueDate()));
        if (overdue) {
            main.append(" <strong class=\"overdue-mark\">").append(escape(page.text("web.open.overdue")))
                    .append("</strong>");
        }
        main.append("</td><td>").append(page.date(d.received())).append("</td>")
                .append(cell(choiceLabel("kind", d.kind().name())))
                .append(cell(choiceLabel("reason", d.reason().name())
                        + d.otherReason().map(other -> " (" + other + ")").orElse("")))
                .append(cell(choiceLabel("channel", d.channel().name())))
                .append(cell(d.recorder().value()))
                .append("<td class=\"text\">").append(escape(excerpt(d.text()))).append("</td>")
                .append("</tr>\n");
    }

    private String label(String field) {
        return labels.field(field).map(SchemaForm.Field::label).orElse(field);
    }

    private String choiceLabel(String field, String value) {
        return labels.field(field).flatMap(f -> f.choices().stream().filter(c -> c.value().equals(value)).findFirst())
                .map(SchemaForm.Choice::label).orElse(value);
    }

    private static String cell(String text) {
        return "<td>" + escape(text) + "</td>";
    }

    private static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
    }
}
