package dev.stepproof.toolkit.internal.itemreader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * InputType CSV, read record by record (RFC 4180 quoting, {@code \n} or {@code \r\n} line ends). Each row becomes an
 * object keyed by the headers, every cell a string, as AWS recorded it: missing cells are {@code ""}, cells beyond
 * the headers are dropped, a row of blanks is kept, an empty line is skipped. Headers come from the first row
 * ({@code FIRST_ROW}) or the definition ({@code GIVEN}); duplicates fail with AWS's
 * {@code CSV headers cannot contain duplicates.}
 */
final class CsvItems implements ItemSource {
    static final String DUPLICATE_HEADERS = "CSV headers cannot contain duplicates.";

    private final BufferedReader reader;
    private final char delimiter;
    private final String where;
    private List<String> headers;
    private boolean eof;
    private final StringBuilder cell = new StringBuilder();

    CsvItems(InputStream in, char delimiter, List<String> givenHeaders, String where) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        this.delimiter = delimiter;
        this.where = where;
        if (givenHeaders != null) {
            this.headers = checked(givenHeaders);
        }
    }

    private static List<String> checked(List<String> headers) {
        if (new HashSet<>(headers).size() < headers.size()) {
            throw ItemSource.failed(DUPLICATE_HEADERS);
        }
        return headers;
    }

    /**
     * @param name {@code COMMA}, {@code PIPE}, {@code SEMICOLON}, {@code SPACE}, {@code TAB} (AWS's names), a single
     *             character, or null for a comma
     * @return the delimiter character, or 0 when {@code name} is none of these
     */
    static char delimiter(String name) {
        if (name == null) {
            return ',';
        }
        return switch (name) {
            case "COMMA" -> ',';
            case "PIPE" -> '|';
            case "SEMICOLON" -> ';';
            case "SPACE" -> ' ';
            case "TAB" -> '\t';
            default -> name.length() == 1 ? name.charAt(0) : 0;
        };
    }

    @Override
    public JsonNode next() {
        if (headers == null) {
            List<String> first = record();
            if (first == null) {
                return null;
            }
            headers = checked(first);
        }
        List<String> row = record();
        if (row == null) {
            return null;
        }
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < headers.size(); i++) {
            item.put(headers.get(i), i < row.size() ? row.get(i) : "");
        }
        return item;
    }

    /** @return the next non-empty record's cells, or null at the end */
    private List<String> record() {
        try {
            while (!eof) {
                List<String> cells = new ArrayList<>();
                boolean any = parse(cells);
                if (any) {
                    return cells;
                }
            }
            return null;
        } catch (IOException e) {
            throw ItemSource.failed("Cannot read " + where + ": " + e.getMessage());
        }
    }

    /** Reads one line's record into {@code cells}; returns false for an empty line (or the end of input). */
    private boolean parse(List<String> cells) throws IOException {
        cell.setLength(0);
        boolean quoted = false;
        boolean any = false;
        while (true) {
            int c = reader.read();
            if (c < 0) {
                eof = true;
                if (quoted) {
                    throw ItemSource.failed("A quoted CSV cell in " + where + " is not closed before the end of the object.");
                }
                if (any) {
                    cells.add(cell.toString());
                }
                return any;
            }
            any = true;
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int d = reader.read();
                    if (d == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (d >= 0) {
                            reader.reset();
                        }
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    reader.mark(1);
                    if (reader.read() != '\n') {
                        reader.reset();
                    }
                }
                if (cells.isEmpty() && cell.isEmpty()) {
                    return false;
                }
                cells.add(cell.toString());
                return true;
            } else {
                cell.append((char) c);
            }
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // closing a read-only stream: nothing to recover
        }
    }
}
