package org.carefeed.feedback.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.carefeed.events.ProviderClosed;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

class ProviderDirectoryIT extends IntegrationTest {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaAdmin kafkaAdmin;

    private DirectoryFixture directory() {
        return new DirectoryFixture(kafka, mongo);
    }

    private HttpApi.Response review(String providerCode) {
        return api().postJson("/api/reviews",
                org.carefeed.feedback.FeedbackFixture.review(providerCode, 3, "A visit", "Nothing special to report."));
    }

    @Test
    void readinessWaitsForTheDirectoryCopyToCatchUp() {
        HttpApi.Response readiness = await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/readyz"), response -> response.status() == 200);

        assertThat(readiness.json().at("/components/directoryReplica/status").asString()).isEqualTo("UP");
    }

    @Test
    void reviewOfAProviderNotInTheDirectoryIsRefusedNamingTheCode() {
        HttpApi.Response response = review("ZZZ404");

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("providerCode");
        assertThat(response.json().get("detail").asString()).contains("ZZZ404");
    }

    @Test
    void aProviderOpensAndClosesToFeedbackAsTheDirectorySays() throws Exception {
        directory().open("DIR001");
        assertThat(review("DIR001").status()).isEqualTo(202);

        directory().close("DIR001");
        HttpApi.Response closed = review("DIR001");

        assertThat(closed.status()).isEqualTo(422);
        assertThat(closed.json().get("detail").asString()).contains("DIR001").contains("closed");
    }

    @Test
    void anOlderEventNeverOverwritesANewerOne() throws Exception {
        Instant now = Instant.now();
        directory().send(DirectoryFixture.upserted("DIR002", "Newer Name", now));
        directory().awaitStatus("DIR002", KnownProvider.OPEN);
        directory().send(DirectoryFixture.upserted("DIR002", "Older Name", now.minusSeconds(3600)));
        RecordMetadata last = directory().send(ProviderClosed.of("DIR002", now.minusSeconds(60)));
        awaitConsumedBeyond(last);

        assertThat(directory().nameOf("DIR002")).isEqualTo("Newer Name");
        assertThat(review("DIR002").status()).as("an older closure does not close it").isEqualTo(202);
    }

    /** Waits until the service's listener has committed past the record: it has been handled. */
    private void awaitConsumedBeyond(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("feedback-service.providers")
                        .partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }

    @Test
    void redeliveryChangesNothing() throws Exception {
        var event = DirectoryFixture.upserted("DIR003", "Same Again", Instant.now());
        directory().send(event);
        directory().send(event);
        directory().send(event);

        directory().awaitStatus("DIR003", KnownProvider.OPEN);
        assertThat(mongo.findAll(KnownProvider.class).stream().filter(p -> p.code().equals("DIR003"))).hasSize(1);
        assertThat(review("DIR003").status()).isEqualTo(202);
    }
}
