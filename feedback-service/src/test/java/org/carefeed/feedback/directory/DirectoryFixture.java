package org.carefeed.feedback.directory;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.carefeed.events.CarefeedEvent;
import org.carefeed.events.EventCodec;
import org.carefeed.events.ProviderClosed;
import org.carefeed.events.ProviderUpserted;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Puts providers into feedback-service's directory the way production does: as events on the
 * providers topic, which the service's own listener applies.
 */
public final class DirectoryFixture {

    private final KafkaTemplate<String, String> kafka;
    private final MongoTemplate mongo;
    private final EventCodec codec = new EventCodec("/carefeed/test");

    public DirectoryFixture(KafkaTemplate<String, String> kafka, MongoTemplate mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
    }

    public static ProviderUpserted upserted(String code, String name, Instant at) {
        return new ProviderUpserted(UUID.randomUUID(), at, null, code, ProviderUpserted.SCHEMA_VERSION, "hospital", null, null,
                name, null, null, null, null, List.of(), List.of(), null, null, null);
    }

    /** Publishes the providers as open and waits until the service knows them. */
    public void open(String... codes) throws Exception {
        for (String code : codes) {
            send(upserted(code, "Provider " + code, Instant.now()));
        }
        for (String code : codes) {
            awaitStatus(code, KnownProvider.OPEN);
        }
    }

    /** Publishes an NHS trust, whose staff may handle its sites' feedback, and waits until the service knows it. */
    public void openTrust(String code) throws Exception {
        send(new ProviderUpserted(UUID.randomUUID(), Instant.now(), null, code, ProviderUpserted.SCHEMA_VERSION, "trust",
                null, null, "Trust " + code, null, null, null, null, List.of(), List.of(), null, null, null));
        awaitStatus(code, KnownProvider.OPEN);
    }

    /** Publishes a commissioning group, the parent of GP practices in the published directory. */
    public void openCommissioningGroup(String code) throws Exception {
        send(new ProviderUpserted(UUID.randomUUID(), Instant.now(), null, code, ProviderUpserted.SCHEMA_VERSION, "ccg",
                null, null, "CCG " + code, null, null, null, null, List.of(), List.of(), null, null, null));
        awaitStatus(code, KnownProvider.OPEN);
    }

    /** Publishes a provider run by a parent organisation (a trust's site), and waits until the service knows it. */
    public void openWithParent(String code, String parentCode) throws Exception {
        send(new ProviderUpserted(UUID.randomUUID(), Instant.now(), null, code, ProviderUpserted.SCHEMA_VERSION, "hospital",
                null, null, "Site " + code, null, null, parentCode, "Trust " + parentCode, List.of(), List.of(), null, null, null));
        awaitStatus(code, KnownProvider.OPEN);
    }

    public void close(String code) throws Exception {
        send(ProviderClosed.of(code, Instant.now()));
        awaitStatus(code, KnownProvider.CLOSED);
    }

    /** @return where the event was written */
    public RecordMetadata send(CarefeedEvent event) throws Exception {
        return kafka.send(CloudEventRecords.toProducerRecord(codec.encode(event))).get(30, TimeUnit.SECONDS).getRecordMetadata();
    }

    public void awaitStatus(String code, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            KnownProvider known = mongo.findById(code, KnownProvider.class);
            return known != null && status.equals(known.status());
        });
    }

    public String nameOf(String code) {
        KnownProvider known = mongo.findById(code, KnownProvider.class);
        return known == null ? null : known.name();
    }
}
