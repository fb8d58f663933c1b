package org.carefeed.choice.imports;

/**
 * How to import.
 *
 * @param closeMissing whether providers of the types in a directory file, but missing from it, are
 *                     closed: true for a full published file (the default), false for a partial one
 * @param sourceName   provenance recorded with indicator values, such as the file's publisher; null for
 *                     the format's own (NHS Choices) or, in a CSV, the row's source column
 * @param fileName     the file's name as uploaded, kept with what it imported
 * @param period       the period of indicator values in a file that does not state it, or null
 */
public record ImportOptions(boolean closeMissing, String sourceName, String fileName, String period) {
}
