package org.hamkori.training.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamkori.training.RegisterColumn;

/** An empty register to fill in: the header row in one language, as XLSX or CSV. */
final class RegisterTemplate {

    private RegisterTemplate() {
    }

    static List<String> header(RegisterColumn.Language language) {
        return Arrays.stream(RegisterColumn.values()).map(column -> column.header(language)).toList();
    }

    /** UTF-8 with a byte-order mark, without which Excel opens Cyrillic headers as mojibake. */
    static byte[] csv(RegisterColumn.Language language) {
        StringBuilder text = new StringBuilder("\uFEFF");
        try {
            CSVFormat.RFC4180.printRecord(text, header(language).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(RegisterColumn.Language language) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Trainees");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row row = sheet.createRow(0);
            List<String> header = header(language);
            for (int i = 0; i < header.size(); i++) {
                row.createCell(i).setCellValue(header.get(i));
                row.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, (i == 0 ? 40 : 18) * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
