package org.carefeed.choice.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The records of a delimited text file, read by Jackson's CSV parser one at a time: the first record
 * is the header, each later one a {@link Row} that knows the line it started on. Blank lines are
 * skipped. Column names are matched without regard to case, as the published files spell the same
 * column {@code OrganisationID} in one file and {@code OrganisationId} in another.
 */
final class CsvRows implements Iterator<Row>, AutoCloseable {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private final Reader reader;
    private final MappingIterator<String[]> records;
    private final Map<String, Integer> columns;
    private Row next;

    private CsvRows(Reader reader, CsvSchema schema) {
        this.reader = reader;
        this.records = MAPPER.readerFor(String[].class).with(schema).readValues(reader);
        Row header = read(Map.of());
        if (header == null) {
            throw new RejectedFileException("The file is empty: it has no header line.");
        }
        Map<String, Integer> names = new HashMap<>();
        String[] values = header.values();
        for (int i = 0; i < values.length; i++) {
            names.putIfAbsent(columnKey(values[i]), i);
        }
        this.columns = Map.copyOf(names);
        this.next = read(columns);
    }

    /** Fields separated by {@code separator}, never quoted: a quote is an ordinary character. */
    static CsvRows unquoted(Reader reader, char separator) {
        return new CsvRows(reader, CsvSchema.emptySchema().withColumnSeparator(separator).withoutQuoteChar()
                .withoutEscapeChar());
    }

    /** RFC 4180: comma separated, fields optionally in double quotes. */
    static CsvRows rfc4180(Reader reader) {
        return new CsvRows(reader, CsvSchema.emptySchema());
    }

    /** How a column name is looked up: trimmed, without a byte order mark, in lower case. */
    static String columnKey(String name) {
        return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    Map<String, Integer> columns() {
        return columns;
    }

    private Row read(Map<String, Integer> columns) {
        try {
            while (records.hasNextValue()) {
                long line = records.currentLocation().getLineNr();
                String[] values = records.nextValue();
                if (values.length > 1 || (values.length == 1 && !values[0].isBlank())) {
                    return new Row(line, columns, values);
                }
            }
            return null;
        } catch (JacksonException e) {
            throw new RejectedFileException("The file cannot be read as delimited text after line "
                    + records.currentLocation().getLineNr() + ": " + e.getOriginalMessage());
        }
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Row next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        Row row = next;
        next = read(columns);
        return row;
    }

    @Override
    public void close() {
        try {
            records.close();
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
