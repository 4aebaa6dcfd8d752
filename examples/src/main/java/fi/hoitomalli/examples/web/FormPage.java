package fi.hoitomalli.examples.web;

import java.util.Comparator;
import static fi.hoitomalli.examples.web.Html.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.examples.web.SchemaForm.Choice;
import fi.hoitomalli.examples.web.SchemaForm.Field;

/**
 * One of the two forms as an accessible HTML page: a label tied to every control ({@code <label for>}),
 * radio groups in a fieldset with a legend, help texts and error messages tied to their control with
 * {@code aria-describedby}, {@code aria-invalid} on what is wrong, and an error summary at the top that
 * links to each field. Only native controls, so it works from the keyboard and without scripts. The form
 * is sent with {@code novalidate}: the library checks it, so every message reads the same in every browser.
 */
final class FormPage {

    /** The hidden field that carries the session's form token. */
    static final String TOKEN_FIELD = "_csrf";

    /**
     * Violation paths that are not field names: Jakarta Validation reports a rule checked by a getter
     * under the getter's name.
     */
    private static final Map<String, String> FIELD_OF_PATH = Map.of("otherReasonExplained", "otherReason");

    private final Page page;
    private final SchemaForm form;
    private final Map<String, String> values;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();
    private final List<String> summary = new ArrayList<>();

    /**
     * @param page the page's language and address
     * @param form the form, read from its schema in the page's language
     * @param values what to show in the fields: the prefill, or exactly what was sent
     * @param violations what is wrong with what was sent (empty for a fresh form)
     */
    FormPage(Page page, SchemaForm form, Map<String, String> values, List<Violation> violations) {
        this.page = Objects.requireNonNull(page, "page must not be null");
        this.form = Objects.requireNonNull(form, "form must not be null");
        this.values = Map.copyOf(values);
        // the summary reads in the order of the form, not in the library's order of paths
        violations.stream().sorted(Comparator.comparingInt(this::position)).forEach(this::place);
    }

    /** The field a violation belongs to, if the form has it. */
    static Optional<String> fieldOf(SchemaForm form, Violation violation) {
        String name = FIELD_OF_PATH.getOrDefault(violation.path(), violation.path());
        return form.field(name).map(Field::name);
    }

    /**
     * The page.
     *
     * @param action where the form is posted (path and query as requested)
     * @param token the session's form token
     */
    String render(String action, String token) {
        StringBuilder main = new StringBuilder(16_384);
        main.append("<h1>").append(escape(form.title())).append("</h1>\n")
                .append("<p class=\"intro\">").append(escape(form.help())).append("</p>\n");
        errorSummary(main);
        main.append("<form method=\"post\" action=\"").append(escape(action))
                .append("\" accept-charset=\"utf-8\" novalidate>\n")
                .append("<input type=\"hidden\" name=\"").append(TOKEN_FIELD).append("\" value=\"")
                .append(escape(token)).append("\">\n")
                .append("<p class=\"required-note\">").append(escape(page.text("web.requiredNote"))).append("</p>\n");
        form.fields().forEach(field -> field(main, field));
        main.append("<div class=\"actions\"><button type=\"submit\">").append(escape(page.text("web.submit")))
                .append("</button></div>\n</form>\n");
        String title = errors.isEmpty() && summary.isEmpty() ? form.title()
                : page.text("web.titleError", "title", form.title());
        return page.document(title, main.toString());
    }

    private int position(Violation violation) {
        Optional<String> field = fieldOf(form, violation);
        return field.map(name -> form.fields().indexOf(form.field(name).orElseThrow())).orElse(-1);
    }

    private void place(Violation violation) {
        String message = violation.message().in(page.language());
        Optional<Field> field = fieldOf(form, violation).flatMap(form::field);
        if (field.isEmpty()) {
            summary.add("<li>" + escape(message) + "</li>");
            return;
        }
        errors.computeIfAbsent(field.get().name(), n -> new ArrayList<>()).add(message);
        summary.add("<li><a href=\"#" + escape(field.get().controlId()) + "\">" + escape(field.get().label()) + ": "
                + escape(message) + "</a></li>");
    }

    private void errorSummary(StringBuilder main) {
        if (summary.isEmpty()) {
            return;
        }
        // focused on load (autofocus), announced (role=alert), each entry jumps to its field
        main.append("<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" ")
                .append("tabindex=\"-1\" autofocus>\n<h2 id=\"error-summary-title\">")
                .append(escape(page.text("web.errorSummary"))).append("</h2>\n<ul>\n");
        summary.forEach(item -> main.append(item).append('\n'));
        main.append("</ul>\n</div>\n");
    }

    private void field(StringBuilder main, Field field) {
        switch (field.widget()) {
            case RADIO -> radioGroup(main, field);
            case CHECKBOX -> checkbox(main, field);
            default -> control(main, field);
        }
    }

    private void control(StringBuilder main, Field field) {
        String id = field.controlId();
        main.append("<div class=\"field").append(hasError(field) ? " field-error" : "").append("\">\n")
                .append("<label for=\"").append(escape(id)).append("\">").append(escape(field.label()))
                .append(requiredMark(field)).append("</label>\n");
        helpAndErrors(main, field);
        String value = values.getOrDefault(field.name(), "");
        String common = " id=\"" + escape(id) + "\" name=\"" + escape(field.name()) + "\"" + describedBy(field)
                + invalid(field) + (field.required() ? " aria-required=\"true\"" : "");
        switch (field.widget()) {
            case TEXTAREA -> main.append("<textarea").append(common).append(maxLength(field)).append(" rows=\"5\">")
                    .append(escape(value)).append("</textarea>\n");
            case SELECT -> select(main, field, common, value);
            case DATE -> main.append("<input type=\"date\"").append(common).append(" value=\"").append(escape(value))
                    .append("\">\n");
            default -> main.append("<input type=\"text\"").append(common).append(maxLength(field))
                    .append(" value=\"").append(escape(value)).append("\" spellcheck=\"false\">\n");
        }
        main.append("</div>\n");
    }

    private void select(StringBuilder main, Field field, String common, String value) {
        main.append("<select").append(common).append(">\n<option value=\"\">").append(escape(page.text("web.choose")))
                .append("</option>\n");
        for (Choice choice : field.choices()) {
            main.append("<option value=\"").append(escape(choice.value())).append('"')
                    .append(choice.value().equals(value) ? " selected" : "").append('>')
                    .append(escape(choice.label())).append("</option>\n");
        }
        main.append("</select>\n");
    }

    private void radioGroup(StringBuilder main, Field field) {
        String value = values.getOrDefault(field.name(), "");
        main.append("<fieldset class=\"field").append(hasError(field) ? " field-error" : "").append('"')
                .append(" role=\"radiogroup\"").append(field.required() ? " aria-required=\"true\"" : "")
                .append(describedBy(field)).append(">\n<legend>").append(escape(field.label()))
                .append(requiredMark(field)).append("</legend>\n");
        helpAndErrors(main, field);
        main.append("<div class=\"choices\">\n");
        for (Choice choice : field.choices()) {
            String id = field.optionId(choice);
            main.append("<div class=\"choice\"><input type=\"radio\" id=\"").append(escape(id)).append("\" name=\"")
                    .append(escape(field.name())).append("\" value=\"").append(escape(choice.value())).append('"')
                    .append(choice.value().equals(value) ? " checked" : "").append(invalid(field))
                    .append("><label for=\"").append(escape(id)).append("\">").append(escape(choice.label()))
                    .append("</label></div>\n");
        }
        main.append("</div>\n</fieldset>\n");
    }

    private void checkbox(StringBuilder main, Field field) {
        String id = field.controlId();
        boolean checked = "true".equals(values.get(field.name()));
        main.append("<div class=\"field field-checkbox").append(hasError(field) ? " field-error" : "").append("\">\n")
                .append("<div class=\"choice\"><input type=\"checkbox\" id=\"").append(escape(id)).append("\" name=\"")
                .append(escape(field.name())).append("\" value=\"true\"").append(checked ? " checked" : "")
                .append(describedBy(field)).append(invalid(field)).append("><label for=\"").append(escape(id))
                .append("\">").append(escape(field.label())).append("</label></div>\n");
        helpAndErrors(main, field);
        main.append("</div>\n");
    }

    private void helpAndErrors(StringBuilder main, Field field) {
        main.append("<p class=\"help\" id=\"").append(escape(helpId(field))).append("\">").append(escape(field.help()))
                .append("</p>\n");
        List<String> messages = errors.getOrDefault(field.name(), List.of());
        if (!messages.isEmpty()) {
            main.append("<p class=\"error-message\" id=\"").append(escape(errorId(field))).append("\">");
            for (String message : messages) {
                main.append("<span class=\"visually-hidden\">").append(escape(page.text("web.errorPrefix")))
                        .append(" </span>").append(escape(message)).append("<br>");
            }
            main.setLength(main.length() - "<br>".length());
            main.append("</p>\n");
        }
    }

    private boolean hasError(Field field) {
        return errors.containsKey(field.name());
    }

    private String describedBy(Field field) {
        return " aria-describedby=\"" + escape(helpId(field)) + (hasError(field) ? " " + escape(errorId(field)) : "")
                + "\"";
    }

    private String invalid(Field field) {
        return hasError(field) ? " aria-invalid=\"true\"" : "";
    }

    private static String maxLength(Field field) {
        return field.maxLength() > 0 ? " maxlength=\"" + field.maxLength() + "\"" : "";
    }

    private static String requiredMark(Field field) {
        return field.required() ? " <span class=\"required\" aria-hidden=\"true\">*</span>" : "";
    }

    private static String helpId(Field field) {
        return "f-" + field.name() + "-help";
    }

    private static String errorId(Field field) {
        return "f-" + field.name() + "-error";
    }
}
