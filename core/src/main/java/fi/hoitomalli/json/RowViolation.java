package fi.hoitomalli.json;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.common.Violation;

/**
 * One reason why a row of a customer-directory CSV file (rivi) was rejected: which file (its kind and the
 * name it was handed in under), which line (1-based, the header is line 1; for a value spanning lines, the
 * line it starts on), which column (empty when the reason concerns the whole row or file), the message key
 * and the reason in fi/sv/en. A reason that concerns a cell's value shows that value, with invisible
 * characters written as {@code <U+2028>}.
 *
 * @param file the kind of file the row is in
 * @param fileName the name the file was handed in under, e.g. {@code customers.csv}; not blank
 * @param line the 1-based line number
 * @param column the column name from {@link DirectoryCsvFile#columns()}, or empty for the whole row
 * @param rule the message key, e.g. {@code fi.hoitomalli.json.csv.role}
 * @param message the localised reason
 */
public record RowViolation(DirectoryCsvFile file, String fileName, int line, String column, String rule,
                           LocalizedText message) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the file name is blank or the line is below 1
     */
    public RowViolation {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(fileName, "fileName must not be null");
        Objects.requireNonNull(column, "column must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(message, "message must not be null");
        checkArgument(!fileName.isBlank(), "fileName must not be blank");
        checkArgument(line >= 1, "line numbers start at 1: %s", line);
    }

    /**
     * A violation in a file handed in under its conventional name ({@link DirectoryCsvFile#fileName()}).
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the line is below 1
     */
    public RowViolation(DirectoryCsvFile file, int line, String column, String rule, LocalizedText message) {
        this(file, Objects.requireNonNull(file, "file must not be null").fileName(), line, column, rule, message);
    }

    /** Where the violation is, in English, e.g. {@code customers.csv line 12, column email}. */
    public String path() {
        String where = fileName + " line " + line;
        return column.isEmpty() ? where : where + ", column " + column;
    }

    /**
     * The location and the reason in one language, e.g. {@code customers.csv, rivi 12, sarake email: ei ole
     * kelvollinen sähköpostiosoite (arvo "matti at vantaa")}.
     *
     * @throws NullPointerException if the language is null
     */
    public String describe(Language language) {
        String key = column.isEmpty() ? "fi.hoitomalli.json.csv.location.row" : "fi.hoitomalli.json.csv.location";
        LocalizedText location = Messages.text(key, "file", fileName, "line", line, "column", column);
        return location.in(language) + ": " + message.in(language);
    }

    /** The same violation in the library-wide form, with {@link #path()} as its path. */
    public Violation toViolation() {
        return new Violation(path(), rule, message);
    }
}
