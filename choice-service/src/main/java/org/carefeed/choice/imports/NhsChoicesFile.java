package org.carefeed.choice.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A file in the format NHS Choices published: Windows-1252 text, CRLF line ends, fields separated by
 * the not sign {@code ¬} (byte 0xAC), no quoting, a header line first. Rows are streamed one at a
 * time, never the whole file, by Jackson's CSV parser with quoting switched off.
 */
public final class NhsChoicesFile implements AutoCloseable, Iterable<Row> {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char SEPARATOR = '\u00AC';
    private static final byte NOT_SIGN = (byte) 0xAC;
    /** How ¬ looks when the file was saved as UTF-8 instead. */
    private static final byte UTF8_LEAD = (byte) 0xC2;

    private final CsvRows rows;

    private NhsChoicesFile(CsvRows rows) {
        this.rows = rows;
    }

    /**
     * Opens the file after checking its header.
     *
     * @param required columns the file must have (in any case)
     * @throws RejectedFileException if it is not in this format, or was re-saved in another encoding
     */
    public static NhsChoicesFile open(Path file, List<String> required) throws IOException {
        checkHeader(file);
        CsvRows rows = CsvRows.unquoted(Files.newBufferedReader(file, WINDOWS_1252), SEPARATOR);
        List<String> missing = required.stream().filter(name -> !rows.columns().containsKey(CsvRows.columnKey(name)))
                .toList();
        if (!missing.isEmpty()) {
            rows.close();
            throw new RejectedFileException("The header has no " + String.join(", ", missing) + " column.");
        }
        return new NhsChoicesFile(rows);
    }

    /**
     * Everything {@link #open} checks, and also that every byte of the file is Windows-1252 text, so a
     * damaged or mis-encoded file is refused before its first row is imported. One streaming pass.
     */
    public static void check(Path file, List<String> required) throws IOException {
        requireWindows1252(file);
        open(file, required).close();
    }

    private static void requireWindows1252(Path file) throws IOException {
        checkHeader(file);
        CharsetDecoder strict = WINDOWS_1252.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader decoding = new InputStreamReader(Files.newInputStream(file), strict)) {
            char[] buffer = new char[64 * 1024];
            while (decoding.read(buffer) >= 0) {
                // only decoding matters
            }
        } catch (CharacterCodingException e) {
            throw new RejectedFileException("This file has bytes that are not Windows-1252 text, so it is damaged "
                    + "or was saved in another encoding. Import the file as published.");
        }
    }

    private static void checkHeader(Path file) throws IOException {
        byte[] header = headerBytes(file);
        int sign = indexOf(header, NOT_SIGN);
        if (sign < 0) {
            throw new RejectedFileException("This is not an NHS Choices file: its first line has no ¬ separators.");
        }
        if (sign > 0 && header[sign - 1] == UTF8_LEAD) {
            throw new RejectedFileException(
                    "This file is UTF-8 encoded; NHS Choices files are Windows-1252. Import the file as published.");
        }
    }

    /** The first line, as raw bytes, without reading further. */
    static byte[] headerBytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = in.readNBytes(64 * 1024);
            int end = indexOf(buffer, (byte) '\n');
            int length = end < 0 ? buffer.length : end;
            if (length > 0 && buffer[length - 1] == '\r') {
                length--;
            }
            return Arrays.copyOf(buffer, length);
        }
    }

    /** The column names of the header line, as {@link CsvRows#columnKey} writes them, for telling formats apart. */
    static Set<String> columnKeys(Path file) throws IOException {
        // A file re-saved as UTF-8 is still recognised, so that its importer can say what is wrong with it.
        String header = new String(headerBytes(file), WINDOWS_1252).replace("\u00C2\u00AC", "\u00AC");
        return Arrays.stream(header.split(String.valueOf(SEPARATOR), -1)).map(CsvRows::columnKey)
                .collect(Collectors.toSet());
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    public boolean hasColumn(String name) {
        return rows.columns().containsKey(CsvRows.columnKey(name));
    }

    /** Rows in file order; the iterator can be taken once. */
    @Override
    public Iterator<Row> iterator() {
        return rows;
    }

    /** Without quoting a field cannot hold a ¬, so a row with more fields than the header is broken. */
    public void requireFieldCount(Row row) {
        if (row.values().length > rows.columns().size()) {
            throw new BadRowException("has " + row.values().length + " fields; the header has " + rows.columns().size());
        }
    }

    @Override
    public void close() {
        rows.close();
    }
}
