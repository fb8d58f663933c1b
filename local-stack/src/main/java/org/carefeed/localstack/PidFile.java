package org.carefeed.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Marks the data folder as in use by a running stack, so that {@code ./carefeed} can refuse to rebuild
 * the jars under it (a running JVM cannot survive its jar being replaced). Removed when the stack
 * stops. The stack itself relies on its ports being free to keep a second one off the same data.
 */
final class PidFile implements AutoCloseable {

    private final Path file;

    private PidFile(Path file) {
        this.file = file;
    }

    static PidFile create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, ProcessHandle.current().pid() + "\n");
        return new PidFile(file);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }

    @Override
    public String toString() {
        return "pid file " + file;
    }
}
