package org.carefeed.choice.download;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.carefeed.choice.contract.Tags;
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
@Tag(name = Tags.DOWNLOADS)
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

    /** One column of a download: its name in the header row and what its cells mean. */
    record Column(String name, String description) {
    }

    /**
     * A download, described: where it is, what is in it, its licence, where its data comes from, its format
     * and its columns.
     */
    record Described(String name, String url, String description, OpenDataProperties.Licence licence,
            String provenance, String format, List<Column> columns) {
    }

    /** Every download, described. */
    record Index(List<Described> downloads) {
    }

    /** The column dictionary of every download, with its licence and provenance. */
    @GetMapping(path = "/downloads", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listDownloads", summary = "Every download, described",
            description = "Each download's URL, description, licence (name and URL), provenance, format, and the "
                    + "meaning of each of its columns (the column dictionary).")
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
    @Operation(operationId = "getDownload", summary = "A download, as CSV",
            description = "The whole file, streamed: RFC 4180 CSV, UTF-8, a header row, CRLF line ends. Empty "
                    + "means none; times are UTC, ISO 8601. A free-text cell that starts with `=`, `+`, `-`, `@`, a "
                    + "tab or a carriage return gets a leading apostrophe, so it can never run as a spreadsheet "
                    + "formula.")
    @ApiResponse(responseCode = "200", description = "The file.", headers = {
            @Header(name = "Link", description = "The licence (`rel=\"license\"`) and the column dictionary "
                    + "(`rel=\"describedby\"`).", schema = @Schema(type = "string")),
            @Header(name = "Cache-Control", description = "`no-cache`: withdrawn reviews must not linger in a cache.",
                    schema = @Schema(type = "string"))},
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                    example = "code,status,name,…\r\nRJ731,open,St Anne's Hospital,…\r\n")))
    @ApiResponse(responseCode = "404", ref = Tags.NOT_FOUND)
    void download(@Parameter(description = "The download's name, as `GET /downloads` lists them: providers, "
            + "indicators, reviews, figures.", example = "providers") @PathVariable String name,
            HttpServletResponse response) throws IOException {
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
