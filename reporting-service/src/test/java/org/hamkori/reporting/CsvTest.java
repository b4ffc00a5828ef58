package org.hamkori.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.hamkori.reporting.rest.Csv;
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
    void aRowMustFitTheHeader() {
        assertThrows(IllegalArgumentException.class, () -> new Csv(List.of("a", "b")).row("only one"));
    }
}
