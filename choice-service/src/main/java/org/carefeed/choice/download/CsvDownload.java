package org.carefeed.choice.download;

import java.util.List;
import java.util.function.Consumer;

import org.carefeed.choice.opendata.OpenDataProperties;

/** One bulk download, served at {@code /downloads/{name}.csv} and described at {@code /downloads}. */
public interface CsvDownload {

    /** Lower case and hyphens: the file's name without {@code .csv}. */
    String name();

    String description();

    /** The licence it goes out under, from the configured ones. */
    OpenDataProperties.Licence licence(OpenDataProperties licences);

    /** Where the data comes from, in a sentence. */
    String provenance();

    List<CsvColumn> columns();

    /**
     * Gives each row, its values in the order of {@link #columns()} (null for empty), straight from a
     * database cursor: never the whole file in memory.
     */
    void forEachRow(Consumer<List<String>> row);
}
