package org.carefeed.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;

/** The Mongo-wire server with its H2 backend: speaks the MongoDB protocol, keeps data in one file. */
public final class MongoWireServer implements AutoCloseable {

    private final MongoServer server;

    private MongoWireServer(MongoServer server) {
        this.server = server;
    }

    /** Serves the database kept in {@code dir} on {@code localhost:port}, creating it on first start. */
    public static MongoWireServer start(Path dir, int port) throws IOException {
        Files.createDirectories(dir);
        MongoServer server = new MongoServer(IdFirstBackends.inFile(dir.resolve("carefeed.mv").toString()));
        server.bind("localhost", port);
        return new MongoWireServer(server);
    }

    @Override
    public void close() {
        // Closes the backend too, which flushes the H2 store to disk.
        server.shutdown();
    }

    @Override
    public String toString() {
        return "Mongo-wire server on " + server.getLocalAddress();
    }
}
