package fi.hoitomalli.json;

import com.google.common.base.CaseFormat;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import fi.hoitomalli.common.InputValidation;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;

/**
 * The checks of one CSV row, in layers, each reporting to the import's violations with the row's line and
 * the cell's column: first the Jakarta constraints of the row's input record; then each cell is turned
 * into its domain value by that value's own constructor, and a refusal is reported on the cell instead of
 * escaping; last the whole domain object is built, and a refusal is reported on the row. A cell already
 * reported is not checked again, so one bad cell gives one violation; a row with a violation is not built.
 */
final class RowCheck {

    static final String KEY = "fi.hoitomalli.json.csv.";

    private static final Pattern DERIVED_CHECK = Pattern.compile("(Known|Valid|Allowed|Required)$");

    private final DirectoryCsvFile file;
    private final ImportFiles files;
    private final CsvTable.Row row;
    private final BoundedViolations violations;
    private final Set<String> reported = new HashSet<>();

    RowCheck(DirectoryCsvFile file, ImportFiles files, CsvTable.Row row, BoundedViolations violations) {
        this.file = file;
        this.files = files;
        this.row = row;
        this.violations = violations;
    }

    String cell(String column) {
        return row.get(column);
    }

    /** No violation was found in the row so far. */
    boolean isClean() {
        return reported.isEmpty();
    }

    boolean isReported(String column) {
        return reported.contains(column);
    }

    /**
     * Reports every constraint violation of the row's input record on its column; the import's own rules
     * show the cell's value in the message.
     *
     * @param shownByRule for a rule whose bad value is not the whole cell (e.g. the unknown units of a
     *     list), the value to show instead
     */
    <T> void validate(Validator validator, T input, Map<String, String> shownByRule) {
        List<ConstraintViolation<T>> found = new ArrayList<>(validator.validate(input));
        found.sort(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                .thenComparing(ConstraintViolation::getMessageTemplate));
        for (ConstraintViolation<T> violation : found) {
            String column = column(violation.getPropertyPath().toString());
            String key = key(violation.getMessageTemplate());
            String value = shownByRule.getOrDefault(key, cell(column));
            add(column, key, () -> message(violation, key, CellText.shown(value), !value.isEmpty()));
        }
    }

    /**
     * The CSV column of an input record's property: {@code nameFi} is {@code name_fi}; a derived check
     * such as {@code unitKnown} or {@code managedUnitsRequired} belongs to the column it checks.
     */
    static String column(String property) {
        String base = DERIVED_CHECK.matcher(property).replaceFirst("");
        return CaseFormat.LOWER_CAMEL.to(CaseFormat.LOWER_UNDERSCORE, base);
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
    }

    /**
     * The library's message for a constraint violation ({@link InputValidation#toViolation}); the import's
     * own rules ({@code fi.hoitomalli.json.csv.*}) also name the files and show the bad value. Other rules
     * (Jakarta's, the text policy's) keep their own wording, which already says what is wrong with the value.
     */
    private LocalizedText message(ConstraintViolation<?> violation, String key, String shown, boolean hasValue) {
        if (!key.startsWith(KEY) || !Messages.has(key)) {
            String literal = violation.getMessage();
            if (!Messages.has(key) && (literal == null || literal.isBlank())) {
                return LocalizedText.same(key);
            }
            return InputValidation.toViolation(violation).message();
        }
        Map<String, Object> args = new HashMap<>(violation.getConstraintDescriptor().getAttributes());
        args.putAll(files.placeholders());
        args.put("cell", shown);
        LocalizedText text = Messages.text(key, args);
        boolean showsCell = Messages.text(key, Map.of()).en().contains("{cell}");
        return hasValue && !showsCell ? withCell(text, shown) : text;
    }

    private static LocalizedText withCell(LocalizedText reason, String shown) {
        LocalizedText suffix = Messages.text(KEY + "cell", "cell", shown);
        return new LocalizedText(reason.fi() + " " + suffix.fi(), reason.sv() + " " + suffix.sv(),
                reason.en() + " " + suffix.en());
    }

    /**
     * Reports a violation of one of the import's own rules ({@code fi.hoitomalli.json.csv.} + key); the
     * placeholders {@code {sectors}}, {@code {units}}, {@code {customers}} name the files.
     */
    void report(String column, String key, Object... namedArgs) {
        reported.add(column);
        report(violations, file, files, row.line(), column, key, namedArgs);
    }

    /**
     * Reports a violation of one of the import's own rules ({@code fi.hoitomalli.json.csv.} + key) found
     * outside a row's own checks (across rows); the placeholders {@code {sectors}}, {@code {units}},
     * {@code {customers}} name the files. The message is built only if the violation is listed.
     */
    static void report(BoundedViolations violations, DirectoryCsvFile file, ImportFiles files, int line,
                       String column, String key, Object... namedArgs) {
        violations.add(file, files.nameOf(file), line, column, KEY + key, () -> {
            Map<String, Object> args = new HashMap<>(files.placeholders());
            for (int i = 0; i < namedArgs.length; i += 2) {
                args.put(String.valueOf(namedArgs[i]), namedArgs[i + 1]);
            }
            return Messages.text(KEY + key, args);
        });
    }

    private void add(String column, String rule, Supplier<LocalizedText> message) {
        reported.add(column);
        violations.add(file, files.nameOf(file), row.line(), column, rule, message);
    }

    /**
     * The cell as an id by the id's constructor; null when the cell was reported or the id refused (the
     * row is then not clean and is never built).
     */
    <T> T id(String column, Function<String, T> constructor) {
        return converted(column, cell(column), constructor, "id.invalid");
    }

    /**
     * An optional id: empty for an empty cell, and also when the cell was reported or the id refused (the
     * row is then not clean and is never built).
     */
    <T> Optional<T> optionalId(String column, Function<String, T> constructor) {
        return cell(column).isEmpty() ? Optional.empty() : Optional.ofNullable(id(column, constructor));
    }

    /**
     * Each part of a list cell as an id; a part that was refused is reported and left out (the row is then
     * not clean and is never built).
     */
    <T> List<T> ids(String column, List<String> parts, Function<String, T> constructor) {
        List<T> out = new ArrayList<>(parts.size());
        for (String part : parts) {
            T id = converted(column, part, constructor, "id.invalid");
            if (id == null) {
                return out;
            }
            out.add(id);
        }
        return out;
    }

    /** The cell as a name: it must have a visible character; null when reported or blank. */
    String text(String column) {
        String value = cell(column);
        if (isReported(column)) {
            return null;
        }
        if (value.isBlank()) {
            report(column, "text.invalid", "cell", CellText.shown(value));
            return null;
        }
        return value;
    }

    /** The cell parsed into a domain value; null when the cell was reported or the parser refused it. */
    <T> T value(String column, Function<String, T> parser) {
        return converted(column, cell(column), parser, "value.invalid");
    }

    private <T> T converted(String column, String value, Function<String, T> constructor, String key) {
        if (isReported(column)) {
            return null;
        }
        try {
            return constructor.apply(value);
        } catch (IllegalArgumentException e) {
            report(column, key, "cell", CellText.shown(value));
            return null;
        }
    }

    /**
     * The row's domain object, built only when the row is clean; a refusal of its constructor (values that
     * do not fit together) is reported on the row.
     */
    <T> Optional<T> build(Supplier<T> constructor) {
        if (!isClean()) {
            return Optional.empty();
        }
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException e) {
            report("", "row.refused");
            return Optional.empty();
        }
    }
}
