package org.hamkori.training.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamkori.kit.problem.Problem;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.training.RegisterColumn;
import org.hamkori.training.RegisterLine;

/**
 * Reads a trainers' register as they keep it: XLSX (its first sheet) or CSV (UTF-8, or Windows-1251 as Russian
 * Excel saves it; separated by commas, semicolons or tabs). The header is the first row, within the first
 * {@value #HEADER_SEARCH} rows, that names the required columns, so a title above it does no harm; columns it does
 * not know (a "№" column) are ignored. Rows keep the numbers a spreadsheet shows; blank rows are skipped. Reading
 * stops past {@value #MAX_ROWS} rows.
 */
final class RegisterFile {

    static final int MAX_ROWS = 5_000;
    static final int HEADER_SEARCH = 10;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final List<RegisterColumn> REQUIRED = Arrays.stream(RegisterColumn.values())
            .filter(column -> column != RegisterColumn.PHONE).toList();

    private RegisterFile() {
    }

    static List<RegisterLine> read(byte[] content) {
        if (content.length == 0) {
            throw ProblemException.invalidField("file", "is empty");
        }
        if (startsWith(content, OLE2)) {
            throw unsupported("an Excel 97-2003 workbook (.xls): save it as .xlsx or .csv");
        }
        return startsWith(content, ZIP) ? readXlsx(content) : readCsv(decode(content));
    }

    private static List<RegisterLine> readXlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            Lines lines = new Lines();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (!lines.add(row.getRowNum() + 1, cells)) {
                    break;
                }
            }
            return lines.read();
        } catch (ProblemException refused) {
            throw refused;
        } catch (IOException | RuntimeException notAWorkbook) {
            throw unsupported("not an XLSX workbook that can be read (" + notAWorkbook.getMessage() + ")");
        }
    }

    private static List<RegisterLine> readCsv(String text) {
        String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        Lines lines = new Lines();
        try (Reader reader = new StringReader(text)) {
            for (CSVRecord record : format.parse(reader)) {
                // records are counted as a spreadsheet numbers rows (blank lines count too, hence kept above)
                if (!lines.add((int) record.getRecordNumber(), record.toList())) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException unreadable) {
            throw ProblemException.invalidField("file", "is not CSV that can be read: " + unreadable.getMessage());
        }
        return lines.read();
    }

    /** The rows after the header, collected until the limit. */
    private static final class Lines {
        private Map<RegisterColumn, Integer> header;
        private final List<RegisterLine> lines = new ArrayList<>();
        private final List<Problem.FieldError> headerProblems = new ArrayList<>();
        private int rowsSeen;

        /** @return whether to read on */
        boolean add(int rowNumber, List<String> cells) {
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                return true;
            }
            if (header == null) {
                header = headerOf(rowNumber, cells);
                if (header == null && ++rowsSeen >= HEADER_SEARCH) {
                    return false;
                }
                return true;
            }
            if (lines.size() == MAX_ROWS) {
                throw ProblemException.tooLarge("The register has more than " + MAX_ROWS + " rows; split it");
            }
            Map<RegisterColumn, String> byColumn = new EnumMap<>(RegisterColumn.class);
            header.forEach((column, index) -> byColumn.put(column, index < cells.size() ? cells.get(index) : null));
            lines.add(new RegisterLine(rowNumber, byColumn));
            return true;
        }

        private Map<RegisterColumn, Integer> headerOf(int rowNumber, List<String> cells) {
            Map<RegisterColumn, Integer> found = new EnumMap<>(RegisterColumn.class);
            List<Problem.FieldError> problems = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                Optional<RegisterColumn> column = RegisterColumn.ofHeader(cells.get(i) == null ? "" : cells.get(i));
                if (column.isPresent() && found.putIfAbsent(column.get(), i) != null) {
                    problems.add(new Problem.FieldError("row " + rowNumber, "column " + column.get().fieldName()
                            + " appears twice"));
                }
            }
            if (found.isEmpty()) {
                return null;
            }
            REQUIRED.stream().filter(column -> !found.containsKey(column)).forEach(column -> problems.add(
                    new Problem.FieldError("row " + rowNumber, "column " + column.fieldName() + " is missing (header "
                            + column.header(RegisterColumn.Language.EN) + ", " + column.header(RegisterColumn.Language.RU)
                            + " or " + column.header(RegisterColumn.Language.TG) + ")")));
            if (!problems.isEmpty()) {
                throw ProblemException.invalid(problems);
            }
            return found;
        }

        List<RegisterLine> read() {
            if (header == null) {
                throw ProblemException.invalidField("file", "has no header row naming the columns "
                        + String.join(",", Arrays.stream(RegisterColumn.values()).map(RegisterColumn::fieldName).toList())
                        + " (or their Russian or Tajik names) within its first " + HEADER_SEARCH + " rows");
            }
            if (lines.isEmpty()) {
                throw ProblemException.invalidField("file", "lists nobody below its header");
            }
            return List.copyOf(lines);
        }
    }

    /** A cell as a trainer sees it: whole numbers without ".0" or an exponent (years, phone numbers), dates as ISO. */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> null;
        };
    }

    /** UTF-8 (a byte-order mark dropped) unless the bytes are not UTF-8: then Windows-1251, Russian Excel's CSV. */
    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1251);
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static ProblemException unsupported(String what) {
        return new ProblemException(415, "unsupported-media-type", "Unsupported file", "The file is " + what
                + "; upload the register as XLSX or CSV", List.of());
    }
}
