package org.carefeed.choice.download;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.carefeed.choice.opendata.ConditionalReads;
import org.carefeed.choice.opendata.OpenDataProperties;
import org.carefeed.platform.web.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Open data: every download, described at {@code /downloads}, and served as CSV. */
@RestController
class DownloadsController {

    private static final Logger log = LoggerFactory.getLogger(DownloadsController.class);
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8;header=present");

    private final Map<String, CsvDownload> downloads = new LinkedHashMap<>();
    private final OpenDataProperties licences;
    private final ConditionalReads conditional;

    DownloadsController(List<CsvDownload> downloads, OpenDataProperties licences, ConditionalReads conditional) {
        downloads.forEach(download -> this.downloads.put(download.about().name(), download));
        this.licences = licences;
        this.conditional = conditional;
    }

    record Column(String name, String description) {
    }

    record Described(String name, String url, String description, OpenDataProperties.Licence licence,
            String provenance, String format, List<Column> columns) {
    }

    record Index(List<Described> downloads) {
    }

    /** The column dictionary of every download, with its licence and provenance. */
    @GetMapping(path = "/downloads", produces = MediaType.APPLICATION_JSON_VALUE)
    Index index() {
        return new Index(downloads.values().stream().map(CsvDownload::about).map(about -> new Described(about.name(),
                "/downloads/" + about.name() + ".csv", about.description(), about.licensed().of(licences),
                about.provenance(), "CSV (RFC 4180), UTF-8, header row, CRLF line ends",
                about.columns().stream().map(column -> new Column(column.name(), column.description())).toList()))
                .toList());
    }

    /**
     * Streams the rows as they come from the database. Once the first bytes are out, a failure can only
     * cut the file short: the client sees the connection end without the final line break.
     */
    @GetMapping("/downloads/{name}.csv")
    void download(@PathVariable String name, HttpServletResponse response) throws IOException {
        CsvDownload download = downloads.get(name);
        if (download == null) {
            throw new NotFound("There is no download " + name + ".csv; GET /downloads lists them");
        }
        OpenDataProperties.Licence licence = download.about().licensed().of(licences);
        // Withdrawn reviews and closed providers must not linger in a cache: revalidate every time. A file
        // made from no versioned data has no validators at all, so no cache can ever keep an old one.
        if (download.versionScopes().isEmpty()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        } else if (conditional.notModified(download.versionScopes(), ConditionalReads.Caching.REVALIDATE, CSV, name,
                licence)) {
            return;
        }
        response.setContentType(CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"carefeed-" + name + ".csv\"");
        response.addHeader(HttpHeaders.LINK, "<" + licence.url() + ">; rel=\"license\"; title=\"" + licence.name() + "\"");
        response.addHeader(HttpHeaders.LINK, "</downloads>; rel=\"describedby\"; type=\"application/json\"");
        try (CsvRowWriter rows = new CsvRowWriter(download.about().columns(), response.getOutputStream())) {
            download.forEachRow(rows::write);
        } catch (RuntimeException e) {
            log.warn("Download {}.csv cut short", name, e);
            throw e;
        }
    }
}
