package org.carefeed.choice.indicator;

import org.carefeed.choice.imports.BadRowException;

/** Published numbers: a number, or "-" or nothing for "not available". */
final class Numbers {

    private Numbers() {
    }

    static Double parse(String column, String text) {
        if (text == null || text.equals("-")) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.replace(",", ""));
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRowException(column + " " + text + " is not a number");
        }
    }
}
