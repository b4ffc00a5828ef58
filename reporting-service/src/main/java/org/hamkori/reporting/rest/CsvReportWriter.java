package org.hamkori.reporting.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A report as CSV, when content negotiation chooses {@code text/csv}: UTF-8, a header row, cells that a spreadsheet
 * would run as formulas neutralised (the kit's {@code Csv}), downloaded as a file named after the report.
 */
@Provider
@Produces(ReportMedia.CSV)
public class CsvReportWriter extends ReportFileWriter {

    public CsvReportWriter() {
        super("csv");
    }

    @Override
    protected boolean writes(Class<?> type) {
        return CsvTables.has(type);
    }

    @Override
    protected byte[] write(Object report, Locale language, MultivaluedMap<String, Object> headers) {
        headers.putSingle(HttpHeaders.CONTENT_TYPE, ReportMedia.CSV_UTF8);
        return CsvTables.of(report, language).toString().getBytes(StandardCharsets.UTF_8);
    }
}
