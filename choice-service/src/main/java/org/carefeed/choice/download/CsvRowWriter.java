package org.carefeed.choice.download;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes a download as RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break, UTF-8. A free-text field that a spreadsheet would read as a formula (starting
 * with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, the spreadsheets' own mark for
 * "this is text": one character more than was written, to keep whoever opens the file safe.
 */
final class CsvRowWriter implements AutoCloseable {

    /** Quotes only what needs it, however long: Jackson otherwise quotes every long value unchecked. */
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final List<CsvColumn> columns;
    private final SequenceWriter rows;

    CsvRowWriter(List<CsvColumn> columns, OutputStream out) {
        this.columns = columns;
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        columns.forEach(column -> schema.addColumn(column.name()));
        // The servlet container closes the response, not this writer.
        this.rows = MAPPER.writer(schema.build()).without(StreamWriteFeature.AUTO_CLOSE_TARGET).writeValues(out);
    }

    void write(List<String> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("A row of " + values.size() + " values for " + columns.size() + " columns");
        }
        List<String> safe = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            safe.add(columns.get(i).freeText() ? notAFormula(value) : value);
        }
        rows.write(safe);
    }

    static String notAFormula(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    @Override
    public void close() {
        rows.close();
    }
}
