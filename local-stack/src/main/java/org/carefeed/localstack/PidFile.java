package org.carefeed.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Marks the data folder as in use by a running stack, so that {@code ./carefeed} does not rebuild the
 * jars under it (a running JVM cannot survive its jar being replaced) or start a second stack on the
 * same data. Removed when the stack stops.
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
