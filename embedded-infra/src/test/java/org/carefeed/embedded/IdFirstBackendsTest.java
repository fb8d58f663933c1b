package org.carefeed.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;

/** Queries naming an id among other conditions give the same answers as before, through the real driver. */
class IdFirstBackendsTest {

    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    private MongoCollection<Document> collection(MongoBackend backend) {
        MongoServer server = new MongoServer(backend);
        MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
        open.add(client);
        open.add(server::shutdownNow);
        return client.getDatabase("test").getCollection("reviews");
    }

    @Test
    void inMemory() {
        conditionsBesideTheIdStillDecide(collection(IdFirstBackends.inMemory()));
    }

    @Test
    void inFile() {
        conditionsBesideTheIdStillDecide(collection(IdFirstBackends.inFile(dir.resolve("test.mv").toString())));
    }

    private static void conditionsBesideTheIdStillDecide(MongoCollection<Document> reviews) {
        for (int i = 0; i < 50; i++) {
            reviews.insertOne(new Document("_id", "r" + i).append("revision", i % 5).append("provider", "P" + i % 3));
        }

        assertThat(reviews.countDocuments(Filters.and(Filters.eq("_id", "r7"), Filters.lt("revision", 3))))
                .as("r7 is at revision 2").isEqualTo(1);
        assertThat(reviews.countDocuments(Filters.and(Filters.eq("_id", "r8"), Filters.lt("revision", 3))))
                .as("r8 is at revision 3").isZero();
        assertThat(reviews.countDocuments(Filters.and(Filters.in("_id", "r1", "r2", "r3", "nope"),
                Filters.eq("provider", "P1")))).as("r1 only").isEqualTo(1);
        assertThat(reviews.countDocuments(Filters.eq("provider", "P0"))).as("no id: the whole collection")
                .isEqualTo(17);

        // A guarded upsert: applied when the guard holds, refused as a duplicate id when it does not.
        reviews.updateOne(Filters.and(Filters.eq("_id", "r4"), Filters.not(Filters.gte("revision", 9))),
                Updates.set("revision", 9), new UpdateOptions().upsert(true));
        assertThat(reviews.find(Filters.eq("_id", "r4")).first().getInteger("revision")).isEqualTo(9);
        try {
            reviews.updateOne(Filters.and(Filters.eq("_id", "r4"), Filters.not(Filters.gte("revision", 5))),
                    Updates.set("revision", 5), new UpdateOptions().upsert(true));
        } catch (com.mongodb.MongoWriteException duplicate) {
            assertThat(duplicate.getError().getCode()).isEqualTo(11000);
        }
        assertThat(reviews.find(Filters.eq("_id", "r4")).first().getInteger("revision")).isEqualTo(9);
        assertThat(reviews.countDocuments()).isEqualTo(50);
    }
}
