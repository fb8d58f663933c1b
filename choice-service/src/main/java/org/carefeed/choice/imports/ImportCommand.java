package org.carefeed.choice.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The import for operators: {@code java -jar choice-service.jar import <file or folder>...}. Imports
 * each file given, and each {@code .csv} file of each folder given, in turn (directory files before indicator files, so profiles can join them), showing
 * progress, then exits: 0 if every file was imported, 1 otherwise. Runs without the web server or the
 * Kafka listeners, so it can run beside the service; provider events it records are published by the
 * outbox relay, of this process while it runs and of the service afterwards.
 */
@Component
@ConditionalOnProperty(ImportCommand.PATHS)
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String PATHS = "carefeed.import.paths";

    private final ImportJobs jobs;
    private final PrintStream out = System.out;
    private int exitCode;
    private long peakHeapBytes;

    ImportCommand(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<Path> files = files(args.getOptionValues(PATHS).stream().flatMap(value -> Stream.of(value.split(",")))
                .map(Path::of).toList());
        String source = single(args, "source");
        String period = single(args, "period");
        boolean closeMissing = !"false".equals(single(args, "close-missing"));
        // Every file is checked and queued first, so a refused one is reported at once, and work that
        // follows all imports (see AfterImports) runs once, after the last.
        Map<Path, ImportJobs.Submitted> queued = new LinkedHashMap<>();
        for (Path file : files) {
            submit(file, new ImportOptions(closeMissing, source, file.getFileName().toString(), period))
                    .ifPresentOrElse(submitted -> queued.put(file, submitted), () -> exitCode = 1);
        }
        for (Map.Entry<Path, ImportJobs.Submitted> job : queued.entrySet()) {
            if (!follow(job.getKey(), job.getValue())) {
                exitCode = 1;
            }
        }
    }

    /** Queues the file's import; empty, having said why, if the file is refused. */
    private Optional<ImportJobs.Submitted> submit(Path file, ImportOptions options) throws Exception {
        Path copy = Files.createTempFile("carefeed-import-", ".upload");
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        try {
            // From here the job owns the copy and deletes it when it ends.
            return Optional.of(jobs.submit(copy, file.getFileName().toString(), null, options));
        } catch (Exception e) {
            Files.deleteIfExists(copy);
            if (e instanceof RejectedFileException) {
                out.printf("%s: refused. %s%n", file, e.getMessage());
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Shows the job's progress until it ends, then what it did. */
    private boolean follow(Path file, ImportJobs.Submitted submitted) throws Exception {
        while (true) {
            try {
                submitted.done().get(1, TimeUnit.SECONDS);
                break;
            } catch (TimeoutException stillRunning) {
                peakHeapMegabytes();
                jobs.find(submitted.id()).filter(job -> ImportJob.RUNNING.equals(job.status()))
                        .ifPresent(job -> out.printf("%s: %,d rows read, %,d rejected...%n",
                                file.getFileName(), job.rowsRead(), job.rowsRejected()));
            }
        }
        ImportJob job = jobs.find(submitted.id()).orElseThrow();
        double seconds = Math.max(0.001, Duration.between(job.startedAt(), job.finishedAt()).toMillis() / 1000.0);
        out.printf("%s (%s): %s in %.1f s (%,.0f rows/s). Rows %,d, rejected %,d; %s. Peak heap %d MB.%n",
                file.getFileName(), job.format(), job.status(), seconds, job.rowsRead() / seconds, job.rowsRead(),
                job.rowsRejected(), outcome(job), peakHeapMegabytes());
        job.rejectedRows().stream().limit(20).forEach(row -> out.printf("  line %d: %s%n", row.line(), row.reason()));
        job.warnings().forEach(warning -> out.printf("  %s%n", warning));
        if (job.failure() != null) {
            out.printf("  %s%n", job.failure());
        }
        return ImportJob.SUCCEEDED.equals(job.status());
    }

    /** Files given, and the files of folders given, in import order (see {@link ImportFormat}), then by name. */
    private static List<Path> files(List<Path> given) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : given) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> inFolder = Files.list(path)) {
                    // Published files are .csv; a folder's README or notes are not data.
                    inFolder.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase().endsWith(".csv"))
                            .forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        files.sort(Comparator.comparing(ImportCommand::importOrder).thenComparing(Path::toString));
        return files;
    }

    /** What a job did, in the terms of its format. */
    private static String outcome(ImportJob job) {
        return switch (ImportFormat.fromApiName(job.format()).orElseThrow()) {
            case NHS_CHOICES_ORGANISATIONS -> String.format("providers created %,d, changed %,d, unchanged %,d, closed %,d",
                    job.providersCreated(), job.providersUpdated(), job.providersUnchanged(), job.providersClosed());
            case NHS_CHOICES_OPENING_TIMES, NHS_CHOICES_SERVICES, NHS_CHOICES_STAFF -> String.format(
                    "organisations changed %,d, unchanged %,d, not in the directory yet %,d",
                    job.organisationsChanged(), job.organisationsUnchanged(), job.organisationsAwaited());
            case NHS_CHOICES_INDICATORS, INDICATOR_CSV -> String.format("indicator values %,d",
                    job.indicatorValuesStored());
        };
    }

    /** Import order: by format, as {@link ImportFormat} lists them; unrecognised files last, to be refused. */
    private static int importOrder(Path file) {
        try {
            return ImportFormat.detect(file).ordinal();
        } catch (IOException | RuntimeException unreadable) {
            return ImportFormat.values().length;
        }
    }

    private static String single(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * The most heap in use at any of the once-a-second looks so far. (The sum of each pool's own peak
     * would overstate it: the pools peak at different moments.)
     */
    private long peakHeapMegabytes() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakHeapBytes = Math.max(peakHeapBytes, used);
        return peakHeapBytes / (1024 * 1024);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
