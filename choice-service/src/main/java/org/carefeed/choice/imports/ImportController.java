package org.carefeed.choice.imports;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.carefeed.platform.web.InvalidRequest;
import org.carefeed.platform.web.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The admin API for imports: upload a file, then follow its job. */
@RestController
@RequestMapping(path = "/api/admin/imports", produces = MediaType.APPLICATION_JSON_VALUE)
class ImportController {

    private final ImportJobs jobs;

    ImportController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    /**
     * 202 with the queued job, once the file is known to be importable; 422 naming {@code file} if it
     * is not, and then nothing has been written.
     *
     * @param format       one of the formats' API names; detected from the header line when omitted
     * @param closeMissing for a directory file: close providers of its types that it does not list
     * @param source       the publisher, recorded with indicator values (defaults to the format's usual one)
     * @param period       the period of the values in an indicator file that does not state it
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJob> submit(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "format", required = false) String format,
            @RequestParam(name = "closeMissing", defaultValue = "true") boolean closeMissing,
            @RequestParam(name = "source", required = false) String source,
            @RequestParam(name = "period", required = false) String period) throws Exception {
        ImportFormat declared = format == null || format.isBlank() ? null : ImportFormat.fromApiName(format)
                .orElseThrow(() -> InvalidRequest.parameter("format", "must be one of " + Arrays.stream(ImportFormat.values())
                        .map(ImportFormat::apiName).collect(Collectors.joining(", ")) + ", or left out to detect it"));
        if (file.isEmpty()) {
            throw unprocessable("The file is empty.");
        }
        String fileName = file.getOriginalFilename() == null ? "upload" : Path.of(file.getOriginalFilename()).getFileName().toString();
        Path stored = Files.createTempFile("carefeed-import-", ".upload");
        boolean accepted = false;
        try {
            file.transferTo(stored);
            ImportJobs.Submitted submitted = jobs.submit(stored, fileName, declared,
                    new ImportOptions(closeMissing, blankToNull(source), fileName, blankToNull(period)));
            accepted = true;
            return ResponseEntity.accepted().location(URI.create("/api/admin/imports/" + submitted.id()))
                    .body(submitted.job());
        } catch (RejectedFileException e) {
            throw unprocessable(e.getMessage());
        } finally {
            if (!accepted) {
                // Once accepted, the job owns the file and deletes it when it ends.
                Files.deleteIfExists(stored);
            }
        }
    }

    @GetMapping("/{id}")
    ImportJob job(@PathVariable String id) {
        return jobs.find(id).orElseThrow(() -> new NotFound("There is no import with that id."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static InvalidRequest unprocessable(String message) {
        return InvalidRequest.unprocessable("file", message);
    }
}
