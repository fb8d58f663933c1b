package org.carefeed.choice.download;

import java.util.List;
import java.util.function.Consumer;

import org.carefeed.choice.opendata.OpenDataProperties;

/** One bulk download, served at {@code /downloads/{name}.csv} and described at {@code /downloads}. */
public interface CsvDownload {

    /** What the download is, for its dictionary at {@code /downloads}. */
    About about();

    /**
     * The {@link org.carefeed.choice.opendata.DataVersions} scopes the rows are made from: the file's
     * ETag and Last-Modified come from them, so a client with the current file gets a 304 without a row
     * being read. None by default: a file that also changes with the calendar or with data no version
     * follows (the open statistics) goes out in full every time, never stored by a cache.
     */
    default List<String> versionScopes() {
        return List.of();
    }

    /**
     * Gives each row, its values in the order of the columns (null for empty), straight from a database
     * cursor: never the whole file in memory.
     */
    void forEachRow(Consumer<List<String>> row);

    /**
     * @param name       lower case and hyphens: the file's name without {@code .csv}
     * @param provenance where the data comes from, in a sentence
     */
    record About(String name, String description, Licensed licensed, String provenance, List<CsvColumn> columns) {
    }

    /** Which of the configured licences a download goes out under. */
    enum Licensed {
        /** Data the NHS published and Carefeed imported, and figures counted here. */
        AS_PUBLISHED_DATA,
        /** Patients' reviews and providers' responses. */
        AS_REVIEWS;

        public OpenDataProperties.Licence of(OpenDataProperties licences) {
            return this == AS_REVIEWS ? licences.reviewsLicence() : licences.publishedDataLicence();
        }
    }
}
