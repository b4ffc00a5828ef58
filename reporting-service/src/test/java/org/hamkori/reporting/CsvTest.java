package org.hamkori.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.hamkori.kit.rest.Csv;
import org.junit.jupiter.api.Test;

/** The CSV writer against RFC 4180: what it writes reads back the same. */
class CsvTest {

    @Test
    void fieldsWithCommasQuotesAndLineBreaksReadBackUnchanged() {
        Csv csv = new Csv(List.of("name", "count", "note"));
        csv.row("Душанбе, \"центр\"", 3, "first line\r\nsecond line");
        csv.row("Ноҳияи Фархор", 0, null);
        String text = csv.toString();

        CsvTable table = CsvTable.parse(text);
        assertEquals(List.of("name", "count", "note"), table.header());
        assertEquals(List.of(Map.of("name", "Душанбе, \"центр\"", "count", "3", "note", "first line\r\nsecond line"),
                Map.of("name", "Ноҳияи Фархор", "count", "0", "note", "")), table.rows());
        assertEquals("name,count,note\r\n", text.substring(0, text.indexOf('\n') + 1));
    }

    @Test
    void aTextCellThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        Csv csv = new Csv(List.of("a", "b", "c", "d", "e", "f", "g"));
        csv.row("=HYPERLINK(\"http://x\")", "+1", "-cmd", "@SUM(A1)", "\tx", "\rx", "plain");
        String firstRow = csv.toString().split("\r\n", 2)[1];

        assertEquals(List.of(Map.of("a", "'=HYPERLINK(\"http://x\")", "b", "'+1", "c", "'-cmd", "d", "'@SUM(A1)",
                "e", "'\tx", "f", "'\rx", "g", "plain")), CsvTable.parse(csv.toString()).rows());
        assertEquals(true, firstRow.startsWith("\"'=HYPERLINK"), firstRow);
    }

    @Test
    void negativeNumbersAreWrittenAsNumbers() {
        Csv csv = new Csv(List.of("change"));
        csv.row(-3);

        assertEquals("change\r\n-3\r\n", csv.toString());
    }

    @Test
    void aRowMustFitTheHeader() {
        assertThrows(IllegalArgumentException.class, () -> new Csv(List.of("a", "b")).row("only one"));
    }
}
