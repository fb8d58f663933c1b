package org.carefeed.choice.download;

/**
 * A column of a download, as its dictionary describes it.
 *
 * @param freeText text someone wrote (a review, a name), which a spreadsheet must never run as a formula
 */
public record CsvColumn(String name, String description, boolean freeText) {

    public static CsvColumn of(String name, String description) {
        return new CsvColumn(name, description, false);
    }

    public static CsvColumn text(String name, String description) {
        return new CsvColumn(name, description, true);
    }
}
