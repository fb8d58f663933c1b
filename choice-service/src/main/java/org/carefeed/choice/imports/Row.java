package org.carefeed.choice.imports;

import java.util.Map;

import org.carefeed.events.ProviderCodes;

/**
 * One data row of a file, read by column name in any case. Values are trimmed, and an empty value is
 * absent.
 *
 * @param line line number in the file, the header being line 1
 */
public record Row(long line, Map<String, Integer> columns, String[] values) {

    /** The trimmed value of the column, or null when it is empty or the file has no such column. */
    public String get(String column) {
        Integer index = columns.get(CsvRows.columnKey(column));
        if (index == null || index >= values.length) {
            return null;
        }
        String value = values[index].strip();
        return value.isEmpty() ? null : value;
    }

    /** The column's ODS code, upper-cased; the row is bad without a valid one. */
    public String requireProviderCode(String column) {
        String code = providerCode(column);
        if (code == null) {
            throw new BadRowException(column + " is empty");
        }
        return code;
    }

    /** The column's ODS code, upper-cased, or null when empty; the row is bad if it is not an ODS code. */
    public String providerCode(String column) {
        String value = get(column);
        if (value == null) {
            return null;
        }
        String code = value.toUpperCase();
        if (!ProviderCodes.isValid(code)) {
            throw new BadRowException(column + " " + value + " is not an ODS code");
        }
        return code;
    }

    /** Like {@link #get} but the row is bad without it. */
    public String require(String column) {
        String value = get(column);
        if (value == null) {
            throw new BadRowException(column + " is empty");
        }
        return value;
    }
}
