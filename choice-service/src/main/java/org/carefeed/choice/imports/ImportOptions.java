package org.carefeed.choice.imports;

/**
 * How to import.
 *
 * @param closeMissing whether providers of the types in a directory file, but missing from it, are
 *                     closed: true for a full published file (the default), false for a partial one
 * @param sourceName   provenance recorded with indicator values, such as the file's publisher
 */
public record ImportOptions(boolean closeMissing, String sourceName, String fileName) {
}
