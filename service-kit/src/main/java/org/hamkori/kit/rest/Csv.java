package org.hamkori.kit.rest;

import java.util.Arrays;
import java.util.List;

/**
 * An RFC 4180 table: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break. A text
 * cell that a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage return) gets a
 * leading apostrophe, as OWASP advises against CSV injection; numbers are written as they are. Every CSV answer of
 * every service goes through here (reporting-service still has a copy of its own, to be replaced by this one).
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder text = new StringBuilder();
    private final int columns;

    public Csv(List<String> header) {
        this.columns = header.size();
        append(header);
    }

    public Csv row(List<?> cells) {
        if (cells.size() != columns) {
            throw new IllegalArgumentException("a row of " + cells.size() + " cells under " + columns + " columns");
        }
        append(cells);
        return this;
    }

    public Csv row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    private void append(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(cells.get(i)));
        }
        text.append("\r\n");
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Number ? value.toString() : neutralised(value.toString());
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
