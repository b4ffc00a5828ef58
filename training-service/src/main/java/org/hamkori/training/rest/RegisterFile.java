package org.hamkori.training.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.hamkori.kit.problem.Problem;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.training.RegisterColumn;
import org.hamkori.training.RegisterLine;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

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

    static List<RegisterLine> read(Path file) {
        byte[] start = firstBytes(file);
        if (start.length == 0) {
            throw ProblemException.invalidField("file", "is empty");
        }
        if (startsWith(start, OLE2)) {
            throw unsupported("an Excel 97-2003 workbook (.xls): save it as .xlsx or .csv");
        }
        return startsWith(start, ZIP) ? readXlsx(file) : readCsv(decode(readAll(file)));
    }

    /**
     * The first sheet, read row by row as its XML goes (never as a whole workbook in memory, which for the rows 8 MB
     * hold would take gigabytes) and no further than the row limit.
     */
    private static List<RegisterLine> readXlsx(Path file) {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            Lines lines = new Lines();
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new BoundedSharedStrings(workbook),
                    new SheetRows(lines), new CellText(), false));
            try (InputStream sheet = reader.getSheetsData().next()) {
                parser.parse(new InputSource(sheet));
            } catch (HeaderNotFound enoughRead) {
                // the rows below the first ones cannot be a register without a header: lines.read() says so
            }
            return lines.read();
        } catch (ProblemException refused) {
            throw refused;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException
                | RuntimeException notAWorkbook) {
            throw unsupported("not an XLSX workbook that can be read (" + notAWorkbook.getMessage() + ")");
        }
    }

    /** A sheet's rows as {@link Lines} takes them: each cell at its column, those left out as nulls. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Lines lines;
        private final List<String> cells = new ArrayList<>();

        SheetRows(Lines lines) {
            this.lines = lines;
        }

        @Override
        public void startRow(int rowIndex) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String text, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(text);
        }

        @Override
        public void endRow(int rowIndex) {
            if (!lines.add(rowIndex + 1, new ArrayList<>(cells))) {
                throw new HeaderNotFound();
            }
        }
    }

    /** Reading stops: no header within the first rows. */
    private static final class HeaderNotFound extends RuntimeException {
        HeaderNotFound() {
            super(null, null, false, false);
        }
    }

    /**
     * The workbook's shared strings (the text of its cells), refused past what any register of {@value #MAX_ROWS} rows
     * holds: they are kept in memory, and 8 MB of them compressed could fill it.
     */
    private static final class BoundedSharedStrings extends ReadOnlySharedStringsTable {
        private static final long MAX_CHARACTERS = 8_000_000;
        private long characters;

        BoundedSharedStrings(OPCPackage workbook) throws IOException, SAXException {
            super(workbook);
        }

        @Override
        public void characters(char[] text, int start, int length) throws SAXException {
            characters += length;
            if (characters > MAX_CHARACTERS) {
                throw ProblemException.tooLarge("The register's cells hold more than " + MAX_CHARACTERS
                        + " characters; no register of " + MAX_ROWS + " rows does: split it");
            }
            super.characters(text, start, length);
        }
    }

    /** A number as a trainer sees it: whole numbers without ".0" or an exponent (years, phone numbers), dates as ISO. */
    private static final class CellText extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return DateUtil.isValidExcelDate(value) && DateUtil.isADateFormat(formatIndex, formatString)
                    ? DateUtil.getLocalDateTime(value).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
                    : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
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

    private static byte[] firstBytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ZIP.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
