package org.carefeed.testsupport.indexes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A service's section of {@code docs/indexes.md}, between two markers, holding the last full run's
 * {@link ShapeTable}. Every shape a run records must be in it with the same index; which tests sent a
 * shape may differ from run to run, so that column is not compared, and nor are rows a partial run
 * (one IT) did not reach.
 */
final class IndexDocs {

    private final Path file;
    private final String begin;
    private final String end;
    private final String heading;

    IndexDocs(Path file, String service) {
        this.file = file;
        this.begin = "<!-- " + service + " query shapes: written by EveryQueryIndexed, see above to refresh -->";
        this.end = "<!-- end of " + service + " query shapes -->";
        this.heading = "\n## " + service + "\n";
    }

    /** The rows of the table that the docs lack (or show with another index). */
    List<String> missing(ShapeTable table) throws IOException {
        String section = section();
        return table.rows().stream().map(ShapeTable.Row::key).filter(row -> !section.contains(row + " ")).toList();
    }

    /**
     * Writes the table into the service's section; the first time, under the heading named after the
     * service, or at the end if there is none.
     */
    void update(ShapeTable table) throws IOException {
        String docs = Files.exists(file) ? Files.readString(file) : "";
        String generated = begin + "\n" + table.markdown() + end;
        int from = docs.indexOf(begin);
        int to = docs.indexOf(end);
        int heading = docs.indexOf(this.heading);
        if (from >= 0 && to > from) {
            docs = docs.substring(0, from) + generated + docs.substring(to + end.length());
        } else if (heading >= 0) {
            int after = heading + this.heading.length();
            docs = docs.substring(0, after) + "\n" + generated + "\n" + docs.substring(after);
        } else {
            docs = docs + "\n" + generated + "\n";
        }
        Files.writeString(file, docs);
    }

    private String section() throws IOException {
        String docs = Files.exists(file) ? Files.readString(file) : "";
        int from = docs.indexOf(begin);
        int to = docs.indexOf(end);
        return from >= 0 && to > from ? docs.substring(from, to) : "";
    }
}
