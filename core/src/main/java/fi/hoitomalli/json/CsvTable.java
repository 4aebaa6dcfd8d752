package fi.hoitomalli.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import fi.hoitomalli.common.Messages;

/**
 * One CSV file read into rows of raw text with their line numbers, its header checked against the
 * documented columns. Problems of the file's shape (header, field counts, broken quoting) are collected
 * as violations; rows of the wrong width are left out so that their cells are never misread.
 */
final class CsvTable {

    // Trimming is a factory feature: enabling it on a parser after creation has no effect.
    private static final CsvFactory FACTORY = CsvFactory.builder().enable(CsvParser.Feature.TRIM_SPACES).build();

    /** A row's cells by column name and the line it starts on. */
    record Row(int line, Map<String, String> cells) {
        String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    private final DirectoryCsvFile file;
    private final List<Row> rows = new ArrayList<>();
    private final List<RowViolation> violations = new ArrayList<>();

    private CsvTable(DirectoryCsvFile file) {
        this.file = file;
    }

    static CsvTable read(DirectoryCsvFile file, Reader reader) {
        CsvTable table = new CsvTable(file);
        table.parse(reader);
        return table;
    }

    List<Row> rows() {
        return rows;
    }

    List<RowViolation> violations() {
        return violations;
    }

    private void parse(Reader reader) {
        List<String> header = null;
        int lastLine = 1;
        try (CsvParser parser = FACTORY.createParser(reader)) {
            List<String> cells = new ArrayList<>();
            int line = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                lastLine = Math.max(lastLine, parser.currentLocation().getLineNr());
                if (token == JsonToken.VALUE_STRING) {
                    if (cells.isEmpty()) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText());
                } else if (token == JsonToken.END_ARRAY) {
                    if (header == null) {
                        header = acceptHeader(line, cells);
                        if (header == null) {
                            return;
                        }
                    } else if (!isBlank(cells)) {
                        acceptRow(line, header, cells);
                    }
                    cells = new ArrayList<>();
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? lastLine : Math.max(1, e.getLocation().getLineNr());
            violations.add(violation(line, "", "fi.hoitomalli.json.csv.malformed"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file.fileName(), e);
        }
        if (header == null && violations.isEmpty()) {
            violations.add(violation(1, "", "fi.hoitomalli.json.csv.header.missing"));
        }
    }

    private List<String> acceptHeader(int line, List<String> cells) {
        List<String> header = new ArrayList<>(cells);
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1).trim());
        }
        int before = violations.size();
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!file.columns().contains(name)) {
                violations.add(violation(line, "", "fi.hoitomalli.json.csv.header.column.unknown",
                        "column", name, "expected", String.join(",", file.columns())));
            } else if (!seen.add(name)) {
                violations.add(violation(line, "", "fi.hoitomalli.json.csv.header.column.duplicate", "column", name));
            }
        }
        for (String name : file.columns()) {
            if (!seen.contains(name)) {
                violations.add(violation(line, "", "fi.hoitomalli.json.csv.header.column.missing", "column", name));
            }
        }
        return violations.size() == before ? header : null;
    }

    private void acceptRow(int line, List<String> header, List<String> cells) {
        if (cells.size() != header.size()) {
            violations.add(violation(line, "", "fi.hoitomalli.json.csv.fields",
                    "actual", cells.size(), "expected", header.size()));
            return;
        }
        Map<String, String> byColumn = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byColumn.put(header.get(i), cells.get(i));
        }
        rows.add(new Row(line, byColumn));
    }

    private static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(String::isEmpty);
    }

    private RowViolation violation(int line, String column, String key, Object... args) {
        return new RowViolation(file, line, column, key, Messages.text(key, args));
    }
}
