package org.hamkori.reporting.rest.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A report pack being written: A4 pages, DejaVu Sans embedded (it has the Cyrillic letters of Russian and Tajik, ҳ ҷ
 * ӣ ӯ ғ қ among them), a title, lines of text and tables of figures. Numbers are written as the JSON writes them.
 */
final class PdfDocument {

    private static final BaseFont REGULAR = font("DejaVuSans.ttf");
    private static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");
    private static final Color SECTION_SHADE = new Color(0xEE, 0xEE, 0xEE);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Document document;
    private final Font text = new Font(REGULAR, 9);
    private final Font small = new Font(REGULAR, 8, Font.NORMAL, Color.DARK_GRAY);
    private final Font strong = new Font(BOLD, 9);

    /** Landscape when a table has many columns of figures. */
    PdfDocument(String title, boolean landscape) {
        document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, bytes);
        document.addTitle(title);
        document.addCreator("Hamkori reporting-service");
        document.open();
        Paragraph heading = new Paragraph(title, new Font(BOLD, 16));
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    void line(String label, String value) {
        Phrase phrase = new Phrase();
        phrase.add(new Phrase(label + ": ", strong));
        phrase.add(new Phrase(value, text));
        document.add(new Paragraph(phrase));
    }

    void note(String note) {
        Paragraph paragraph = new Paragraph(note, small);
        paragraph.setSpacingBefore(4);
        document.add(paragraph);
    }

    void heading(String heading) {
        Paragraph paragraph = new Paragraph(heading, new Font(BOLD, 12));
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    /**
     * A table of labels (its first column) and figures, {@code header} its first row, repeated on every page;
     * {@code widths}: each column's relative width.
     */
    Table table(List<String> header, float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (int i = 0; i < header.size(); i++) {
            table.addCell(cell(header.get(i), strong, i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
        }
        return new Table(table);
    }

    byte[] finish() {
        document.close();
        return bytes.toByteArray();
    }

    final class Table {

        private final PdfPTable table;

        private Table(PdfPTable table) {
            this.table = table;
        }

        /** A row across the whole table naming the section of the rows below. */
        void section(String name) {
            PdfPCell cell = cell(name, strong, Element.ALIGN_LEFT);
            cell.setColspan(table.getNumberOfColumns());
            cell.setBackgroundColor(SECTION_SHADE);
            table.addCell(cell);
        }

        /** A label, then values (null: an empty cell). */
        void row(String label, List<?> values) {
            table.addCell(cell(label, text, Element.ALIGN_LEFT));
            values.forEach(value -> table.addCell(cell(value == null ? "" : value.toString(), text,
                    Element.ALIGN_RIGHT)));
        }

        void add() {
            document.add(table);
        }
    }

    private static PdfPCell cell(String content, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setPaddingBottom(3);
        return cell;
    }

    private static BaseFont font(String file) {
        try (InputStream in = PdfDocument.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is not bundled");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
