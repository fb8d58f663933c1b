import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;

/**
 * The baseline for an import benchmark: how fast the database itself takes the documents an import
 * produced. Reads the documents of the named collections of one database 1,000 at a time and times
 * only the unordered bulk insert of each such batch into an empty collection of the same name in a
 * scratch database of the same server, through the MongoDB Java driver. Prints one line per
 * collection and the total seconds, which the import's own time is divided by.
 * Usage (with the driver on the class path):
 *   java -cp "$classpath" benchmarks/BulkInsertBaseline.java mongodb://localhost:27217 carefeed-choice providers ...
 */
public class BulkInsertBaseline {

    private static final int BATCH = 1000;
    private static final Duration QUIET_WITHIN = Duration.ofMinutes(15);

    /**
     * The import's events are published in the background after it ends; the baseline is measured once
     * that is over, on a server doing nothing else, so the ratio errs against the import, never for it.
     */
    private static void waitForOutboxesToEmpty(MongoDatabase source, String[] args) {
        Instant deadline = Instant.now().plus(QUIET_WITHIN);
        for (int i = 2; i < args.length; i++) {
            Bson pending = Filters.and(Filters.exists("outbox"), Filters.ne("outbox", List.of()));
            // One match is enough to know; a count would read the whole collection every time.
            while (source.getCollection(args[i]).find(pending).projection(new Document("_id", 1)).first() != null) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(args[i] + " still has unpublished events after " + QUIET_WITHIN);
                }
                LockSupport.parkNanos(Duration.ofSeconds(5).toNanos());
            }
        }
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("Usage: BulkInsertBaseline <mongodb uri> <database> <collection>...");
            System.exit(2);
        }
        try (MongoClient client = MongoClients.create(args[0])) {
            MongoDatabase source = client.getDatabase(args[1]);
            MongoDatabase scratch = client.getDatabase(args[1] + "-baseline");
            waitForOutboxesToEmpty(source, args);
            scratch.drop();
            long documents = 0;
            long nanos = 0;
            for (int i = 2; i < args.length; i++) {
                MongoCollection<Document> target = scratch.getCollection(args[i]);
                long count = 0;
                long took = 0;
                // Read a batch (not timed), then insert it (timed): only the inserts are the baseline.
                try (MongoCursor<Document> cursor = source.getCollection(args[i]).find().batchSize(BATCH).iterator()) {
                    while (cursor.hasNext()) {
                        List<Document> batch = new ArrayList<>(BATCH);
                        while (cursor.hasNext() && batch.size() < BATCH) {
                            batch.add(cursor.next());
                        }
                        long started = System.nanoTime();
                        target.insertMany(batch, new InsertManyOptions().ordered(false));
                        took += System.nanoTime() - started;
                        count += batch.size();
                    }
                }
                System.out.printf("baseline %s: %,d documents in %.1f s%n", args[i], count, took / 1e9);
                documents += count;
                nanos += took;
            }
            System.out.printf("baseline total: %,d documents in %.1f s (%,.0f documents/s)%n", documents, nanos / 1e9,
                    documents / (nanos / 1e9));
            System.out.printf("BASELINE_SECONDS=%.3f%n", nanos / 1e9);
            scratch.drop();
        }
    }
}
