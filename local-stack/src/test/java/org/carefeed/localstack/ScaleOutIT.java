package org.carefeed.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.carefeed.localstack.RunningStack.field;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Two instances of each service on one broker and one Mongo-wire server ({@code --instances=2}):
 * reviews submitted to both feedback-services reach the topic once each and both choice-services
 * serve them all; when one instance of each is killed, as a crash would, its partitions move to the
 * other and no review acknowledged with a 202 is lost, those its instance had not yet published
 * included, and the one site keeps answering from the survivors.
 */
class ScaleOutIT extends StackTest {

    @Test
    void twoInstancesOfEachShareTheWorkAndSurviveLosingOne() throws Exception {
        start(2);
        assertThat(stack.output()).anyMatch(line -> line.contains("2 instances of each service"));
        String run = UUID.randomUUID().toString().substring(0, 8);

        // The demo directory is imported by choice-service, then copied to feedback-service. Waiting on it
        // here, slowly, keeps the submissions under the local stack's rate limit (30 per 10 minutes per
        // address, shared by the instances): every attempt counts, refused or not.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> stack.get(stack.choice(0) + "/api/providers/ZZ101").contains("\"code\":\"ZZ101\""));
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            accepted.add(submit(stack.feedback(i % 2), "Steady " + run + " " + i));
        }
        for (int n = 0; n < 2; n++) {
            String choice = stack.choice(n);
            await().atMost(Duration.ofSeconds(60)).until(() -> stack.get(choice + "/api/providers/ZZ101/reviews?limit=1"),
                    page -> page.contains("\"total\":16"));
        }
        Map<String, Integer> records = recordsByKey("carefeed.reviews.v2");
        assertThat(accepted).as("each review's state reached the topic once, whichever instance stored it")
                .allMatch(id -> records.getOrDefault(id, 0) == 1);

        // Stored by the second feedback-service, which is then killed before it can be sure to publish.
        for (int i = 0; i < 4; i++) {
            accepted.add(submit(stack.feedback(1), "Before the crash " + run + " " + i));
        }
        stack.serviceAt(stack.feedback(1)).destroyForcibly();
        stack.serviceAt(stack.choice(1)).destroyForcibly();
        // Through the one site, which takes the instances in turn and skips the dead ones.
        for (int i = 0; i < 6; i++) {
            accepted.add(submit(stack.site(), "After the crash " + run + " " + i));
        }

        // The survivor's catch-up pass takes over the dead instance's outbox once its lease lapses.
        await().atMost(Duration.ofSeconds(120)).until(
                () -> stack.get(stack.site() + "/api/providers/ZZ101/reviews?limit=1"),
                page -> page.contains("\"total\":26"));
        assertThat(recordsByKey("carefeed.reviews.v2")).as("nothing acknowledged was lost").containsKeys(
                accepted.toArray(String[]::new));
    }

    private String submit(String feedback, String title) throws Exception {
        HttpResponse<String> response = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> stack.post(
                feedback + "/api/reviews", """
                        {"providerCode": "ZZ101", "rating": 4, "title": "%s", "text": "Seen quickly and kindly, thank you.",
                         "visitMonth": "%s", "authorRole": "patient", "consentToPublish": true}
                        """.formatted(title, YearMonth.now(ZoneId.of("Europe/London"))), null),
                answer -> answer.statusCode() != 422);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return field(response.body(), "id");
    }

    /** How many records with a value each key has on the topic, read from the start to its end. */
    private Map<String, Integer> recordsByKey(String topic) {
        Map<String, Integer> counts = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : stack.records(Set.of(topic))) {
            if (record.value() != null) {
                counts.merge(new String(record.key(), StandardCharsets.UTF_8), 1, Integer::sum);
            }
        }
        return counts;
    }
}
