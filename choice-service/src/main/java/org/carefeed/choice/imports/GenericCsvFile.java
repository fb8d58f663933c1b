package org.carefeed.choice.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A CSV file as RFC 4180 describes it, in UTF-8: comma separated, fields optionally in double quotes,
 * a doubled quote inside quotes for a quote, line breaks allowed inside quotes, CRLF or LF. Streamed
 * one record at a time. Reading is lenient where that is harmless (text after a closing quote is
 * kept), strict where it is not (unbalanced quotes, a wrong number of fields).
 */
public final class GenericCsvFile implements AutoCloseable, Iterable<Row> {

    /** The header of Carefeed's generic indicator file, which documents its columns. */
    public static final String HEADER = "provider_code,indicator,period,value,unit,denominator,source,source_url";

    private final Reader reader;
    private final Map<String, Integer> columns;
    private long line = 1;
    private long nextLine = 2;

    private GenericCsvFile(Reader reader, Map<String, Integer> columns) {
        this.reader = reader;
        this.columns = columns;
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
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        GenericCsvFile csv = new GenericCsvFile(reader, Map.of());
        List<String> names = csv.readRecord();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i).replace("\uFEFF", "").strip().toLowerCase(), i);
        }
        return new GenericCsvFile(reader, Map.copyOf(columns));
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
        if (row.values().length != columns.size()) {
            throw new BadRowException("has " + row.values().length + " fields; the header has " + columns.size()
                    + " (a comma in a value needs the value in double quotes)");
        }
    }

    @Override
    public Iterator<Row> iterator() {
        return new RowIterator(() -> {
            List<String> fields = readRecord();
            return fields == null ? null : new Row(line, columns, fields.toArray(String[]::new));
        });
    }

    /** The next record's fields, skipping blank lines, or null at the end of the file. */
    private List<String> readRecord() {
        try {
            List<String> fields;
            do {
                line = nextLine;
                fields = parseRecord();
            } while (fields != null && fields.size() == 1 && fields.get(0).isEmpty());
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> parseRecord() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = reader.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int after = reader.read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (after != -1) {
                            reader.reset();
                        }
                    }
                } else if (c == '\r') {
                    // A line break inside quotes is kept as \n, whether the file used CRLF or LF.
                    reader.mark(1);
                    if (reader.read() == '\n') {
                        nextLine++;
                        field.append('\n');
                    } else {
                        reader.reset();
                        field.append('\r');
                    }
                } else {
                    if (c == '\n') {
                        nextLine++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                nextLine++;
                break;
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
