package org.hamkori.training.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.training.ResultLine;

/**
 * Reads an attendance sheet: CSV with the header {@code traineeId,attendedHours,score} and one row per
 * trainee. Rows are numbered as a spreadsheet shows them (the header is row 1); blank lines are ignored.
 * What cannot be read is kept on its line, so that the whole sheet's problems are reported together.
 */
final class AttendanceSheet {

    static final String MEDIA_TYPE = "text/csv";
    static final List<String> HEADER = List.of("traineeId", "attendedHours", "score");
    static final int MAX_ROWS = 10_000;

    private static final Pattern UUID_FORMAT = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
    private static final Pattern HOURS = Pattern.compile("\\d{1,4}(\\.\\d{1,2})?");
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");
    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

    private AttendanceSheet() {
    }

    static List<ResultLine> read(String csv) {
        String[] lines = (csv == null ? "" : csv.replaceFirst("^\uFEFF", "")).split("\r\n|\n|\r", -1);
        List<String> header = cells(lines[0]);
        if (!header.equals(HEADER)) {
            throw ProblemException.invalidField("row 1", "the header must be " + String.join(",", HEADER)
                    + ", not " + quoted(lines[0].trim()));
        }
        long rows = Arrays.stream(lines).skip(1).filter(line -> !line.isBlank()).count();
        if (rows > MAX_ROWS) {
            throw ProblemException.tooLarge("The sheet has " + rows + " rows; at most " + MAX_ROWS + " are accepted");
        }
        if (rows == 0) {
            throw ProblemException.invalidField("row 2", "the sheet lists no results");
        }
        List<ResultLine> read = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                read.add(row("row " + (i + 1), cells(lines[i])));
            }
        }
        return read;
    }

    private static ResultLine row(String position, List<String> cells) {
        if (cells.size() != HEADER.size()) {
            return new ResultLine(position, null, null, null, List.of("expected " + HEADER.size() + " columns ("
                    + String.join(",", HEADER) + ") but found " + cells.size()));
        }
        List<String> unreadable = new ArrayList<>();
        UUID traineeId = traineeId(cells.get(0), unreadable);
        BigDecimal attendedHours = number(cells.get(1), HOURS, null, unreadable,
                "attendedHours " + quoted(cells.get(1)) + " is not a number of hours (at most two decimals)");
        BigDecimal score = number(cells.get(2), SCORE, MAX_SCORE, unreadable,
                "score " + quoted(cells.get(2)) + " is not a number from 0 to 100 (at most two decimals)");
        return new ResultLine(position, traineeId, attendedHours, score, List.copyOf(unreadable));
    }

    private static UUID traineeId(String cell, List<String> unreadable) {
        if (UUID_FORMAT.matcher(cell).matches()) {
            return UUID.fromString(cell);
        }
        unreadable.add(cell.isEmpty() ? "traineeId is missing" : "traineeId " + quoted(cell) + " is not a UUID");
        return null;
    }

    private static BigDecimal number(String cell, Pattern format, BigDecimal max, List<String> unreadable,
            String problem) {
        if (format.matcher(cell).matches()) {
            BigDecimal value = new BigDecimal(cell);
            if (max == null || value.compareTo(max) <= 0) {
                return value;
            }
        }
        unreadable.add(problem);
        return null;
    }

    /** A cell as problems quote it: shortened, since a sheet is free text of any length. */
    private static String quoted(String cell) {
        return "'" + (cell.length() > 40 ? cell.substring(0, 40) + "…" : cell) + "'";
    }

    /** Splits a line on commas; a cell may be quoted, as spreadsheets sometimes write them. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(",", -1)) {
            String trimmed = cell.trim();
            if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
                trimmed = trimmed.substring(1, trimmed.length() - 1).replace("\"\"", "\"").trim();
            }
            cells.add(trimmed);
        }
        return cells;
    }
}
