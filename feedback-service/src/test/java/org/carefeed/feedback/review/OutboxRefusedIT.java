package org.carefeed.feedback.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.carefeed.events.Topics;
import org.carefeed.platform.outbox.OutboxRelay;
import org.carefeed.testsupport.IntegrationTest;
import org.carefeed.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * An event Kafka will never take (here: larger than a request may be) is set aside with an error, and
 * the events behind it go on; a tombstone for its key, sent later, removes the set-aside copy.
 */
class OutboxRefusedIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OutboxRelay relay;

    @Autowired
    KafkaConnectionDetails kafka;

    @Test
    void aRefusedEventIsSetAsideAndDoesNotHoldBackTheOnesBehindIt() {
        String id = UUID.randomUUID().toString();
        String tooLarge = "{\"text\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        mongo.insert(new Document("_id", id).append("outbox", List.of(
                message("too-large-" + id, id, tooLarge),
                message("behind-" + id, id, "{\"text\":\"behind it\"}"))), "reviews");

        relay.wake("reviews", List.of(id));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                mongo.findById(id, Document.class, "reviews").getList("outbox", Document.class).isEmpty());
        Document setAside = mongo.findById("too-large-" + id, Document.class, "outbox_refused");
        assertThat(setAside).isNotNull().containsEntry("documentId", id).containsEntry("key", id);
        assertThat(setAside.getString("error")).isNotBlank();
        try (TopicReader reviews = new TopicReader(String.join(",", kafka.getBootstrapServers()), Topics.REVIEWS)) {
            reviews.awaitRecord(r -> id.equals(r.key()) && "{\"text\":\"behind it\"}".equals(r.value()),
                    Duration.ofSeconds(30));
        }

        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().push("outbox", message("tombstone-" + id, id, null)), "reviews");
        relay.wake("reviews", List.of(id));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                mongo.findById("too-large-" + id, Document.class, "outbox_refused") == null);
        // Not a review, only an outbox: gone, so no other test meets it among the reviews.
        mongo.remove(Query.query(Criteria.where("_id").is(id)), "reviews");
    }

    private static Document message(String eventId, String key, String value) {
        Document message = new Document("eventId", eventId).append("topic", Topics.REVIEWS).append("key", key)
                .append("headers", Map.of("ce_id", eventId)).append("storedAt", new Date());
        return value == null ? message : message.append("value", value);
    }
}
