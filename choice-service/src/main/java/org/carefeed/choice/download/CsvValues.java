package org.carefeed.choice.download;

import java.math.BigDecimal;

/** How values are written in the downloads' cells: empty for none, numbers in full. */
public final class CsvValues {

    private CsvValues() {
    }

    /** Written out in full (10000000, not 1.0E7), as a spreadsheet or a script reads it. */
    public static String number(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).toPlainString();
    }

    /** Its text (an instant in ISO 8601, UTC), or empty. */
    public static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
