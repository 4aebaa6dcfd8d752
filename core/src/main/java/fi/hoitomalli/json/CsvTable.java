package fi.hoitomalli.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import fi.hoitomalli.common.Messages;

/**
 * Reads one CSV file row by row, its header checked against the documented columns, and hands each row of
 * the right width to the caller as it is read: nothing of the file is kept here, so memory does not grow
 * with its length. Problems of the file's shape (header, field counts, empty rows, broken quoting, text
 * that is not UTF-8) go to the import's violations; rows of the wrong width and empty rows are not handed
 * on, so that their cells are never misread.
 */
final class CsvTable {

    /**
     * The longest value read, in characters. A longer one is reported as malformed: it is nearly always a
     * quotation mark left open, which would otherwise swallow the rest of the file into one value.
     */
    static final int MAX_VALUE_LENGTH = 100_000;

    private static final char BOM = '\uFEFF';

    // No TRIM_SPACES: it drops every character up to U+0020 around a bare value, controls and NUL
    // included; SpaceTrimmingReader takes out the spaces only.
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_VALUE_LENGTH).build())
            .build();

    /** A row's cells in header order and the line it starts on. */
    record Row(int line, List<String> cells, Map<String, Integer> columnIndex) {
        /** The cell of a documented column; every documented column is in an accepted header. */
        String get(String column) {
            Integer index = columnIndex.get(column);
            return index == null ? "" : cells.get(index);
        }
    }

    private final DirectoryCsvFile file;
    private final String fileName;
    private final BoundedViolations violations;
    private final Consumer<Row> rows;

    private CsvTable(DirectoryCsvFile file, String fileName, BoundedViolations violations, Consumer<Row> rows) {
        this.file = file;
        this.fileName = fileName;
        this.violations = violations;
        this.rows = rows;
    }

    /**
     * Reads the file to its end (or to the first error that makes the rest unreadable) and hands every row
     * of the right width to {@code rows}, in file order.
     *
     * @throws UncheckedIOException if the reader fails for another reason than text that is not UTF-8
     */
    static void read(DirectoryCsvFile file, String fileName, Reader reader, BoundedViolations violations,
                     Consumer<Row> rows) {
        new CsvTable(file, fileName, violations, rows).parse(reader);
    }

    private void parse(Reader reader) {
        Map<String, Integer> header = null;
        boolean headerSeen = false;
        boolean unreadable = false;
        int lastLine = 1;
        try (CsvParser parser = FACTORY.createParser(new SpaceTrimmingReader(withoutByteOrderMark(reader)))) {
            List<String> cells = new ArrayList<>();
            int count = 0;
            boolean blank = true;
            int line = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                lastLine = Math.max(lastLine, parser.currentLocation().getLineNr());
                if (token == JsonToken.VALUE_STRING) {
                    if (count == 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    String text = parser.getText();
                    count++;
                    blank &= text.isBlank();
                    // a row far wider than the header is only counted, not kept
                    if (header == null || cells.size() <= header.size()) {
                        cells.add(text);
                    }
                } else if (token == JsonToken.END_ARRAY) {
                    if (!headerSeen) {
                        headerSeen = true;
                        header = acceptHeader(line, cells);
                        if (header == null) {
                            return;
                        }
                    } else {
                        acceptRow(line, header, cells, count, blank);
                    }
                    cells = new ArrayList<>();
                    count = 0;
                    blank = true;
                }
            }
        } catch (CharacterCodingException e) {
            report(lastLine, "", "fi.hoitomalli.json.csv.encoding");
            unreadable = true;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? lastLine : Math.max(1, e.getLocation().getLineNr());
            report(line, "", "fi.hoitomalli.json.csv.malformed");
            unreadable = true;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + fileName, e);
        }
        if (!headerSeen && !unreadable) {
            report(1, "", "fi.hoitomalli.json.csv.header.missing");
        }
    }

    /** A byte-order mark at the very start is dropped before parsing, so it cannot hide a quoted header. */
    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != BOM) {
            pushback.unread(first);
        }
        return pushback;
    }

    private Map<String, Integer> acceptHeader(int line, List<String> cells) {
        boolean valid = true;
        Set<String> seen = new HashSet<>();
        for (String name : cells) {
            if (!file.columns().contains(name)) {
                report(line, "", "fi.hoitomalli.json.csv.header.column.unknown",
                        "column", CellText.shown(name), "expected", String.join(",", file.columns()));
                valid = false;
            } else if (!seen.add(name)) {
                report(line, "", "fi.hoitomalli.json.csv.header.column.duplicate", "column", name);
                valid = false;
            }
        }
        for (String name : file.columns()) {
            if (!seen.contains(name)) {
                report(line, "", "fi.hoitomalli.json.csv.header.column.missing", "column", name);
                valid = false;
            }
        }
        if (!valid) {
            return null;
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            index.put(cells.get(i), i);
        }
        return index;
    }

    private void acceptRow(int line, Map<String, Integer> header, List<String> cells, int count, boolean blank) {
        if (blank) {
            // a line with nothing on it is skipped; separators with nothing between them are an empty row
            if (count > 1) {
                report(line, "", "fi.hoitomalli.json.csv.row.empty");
            }
            return;
        }
        if (count != header.size()) {
            report(line, "", "fi.hoitomalli.json.csv.fields", "actual", count,
                    "expected", header.size());
            return;
        }
        rows.accept(new Row(line, List.copyOf(cells), header));
    }

    /** Reports a problem of the file's shape; the message is built only if the violation is listed. */
    private void report(int line, String column, String key, Object... args) {
        violations.add(file, fileName, line, column, key, () -> {
            Map<String, Object> named = new HashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                named.put(String.valueOf(args[i]), args[i + 1]);
            }
            return Messages.text(key, named);
        });
    }
}
