package org.carefeed.choice.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * A CSV file as RFC 4180 describes it, in UTF-8: comma separated, fields optionally in double quotes,
 * a doubled quote inside quotes for a quote, line breaks allowed inside quotes, CRLF or LF. Streamed
 * one record at a time by Jackson's CSV parser. Strict where leniency would misplace values:
 * unbalanced quotes and a wrong number of fields are refused.
 */
public final class GenericCsvFile implements AutoCloseable, Iterable<Row> {

    /** The header of Carefeed's generic indicator file, which documents its columns. */
    public static final String HEADER = "provider_code,indicator,period,value,unit,denominator,source,source_url";

    private final CsvRows rows;

    private GenericCsvFile(CsvRows rows) {
        this.rows = rows;
    }

    static boolean hasHeader(Path file) throws IOException {
        String header = new String(NhsChoicesFile.headerBytes(file), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return header.strip().replace(" ", "").equalsIgnoreCase(HEADER);
    }

    /**
     * Checks the whole file is UTF-8 and has the expected header, then opens it for reading.
     *
     * @throws RejectedFileException otherwise, before anything is imported
     */
    public static GenericCsvFile open(Path file) throws IOException {
        if (!hasHeader(file)) {
            throw new RejectedFileException("The first line must be exactly: " + HEADER);
        }
        requireUtf8(file);
        return new GenericCsvFile(CsvRows.rfc4180(Files.newBufferedReader(file, StandardCharsets.UTF_8)));
    }

    /**
     * One streaming pass with a strict decoder, so a mis-encoded file is refused before any row is
     * written. It also counts quotes: in RFC 4180 they come in pairs, so an odd count means a quoted
     * field that never closes, which would swallow the rest of the file into one field.
     */
    private static void requireUtf8(Path file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long quotes = 0;
        try (InputStream in = Files.newInputStream(file);
                Reader decoding = new InputStreamReader(in, strict)) {
            char[] buffer = new char[64 * 1024];
            int read;
            while ((read = decoding.read(buffer)) >= 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '"') {
                        quotes++;
                    }
                }
            }
        } catch (CharacterCodingException e) {
            throw new RejectedFileException("This file is not UTF-8. Save the CSV as UTF-8 and import it again.");
        }
        if (quotes % 2 != 0) {
            throw new RejectedFileException("A quoted field is not closed: the file has an odd number of double quotes.");
        }
    }

    /** A row with another number of fields than the header has its values in the wrong columns. */
    public void requireFieldCount(Row row) {
        if (row.values().length != rows.columns().size()) {
            throw new BadRowException("has " + row.values().length + " fields; the header has " + rows.columns().size()
                    + " (a comma in a value needs the value in double quotes)");
        }
    }

    /** Rows in file order; the iterator can be taken once. */
    @Override
    public Iterator<Row> iterator() {
        return rows;
    }

    @Override
    public void close() {
        rows.close();
    }
}
