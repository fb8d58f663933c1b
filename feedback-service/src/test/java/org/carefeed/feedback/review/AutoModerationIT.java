package org.carefeed.feedback.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.feedback.FeedbackFixture.review;

import java.util.List;

import org.bson.Document;
import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.feedback.directory.DirectoryFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;

/** The {@code auto} policy of the local stack: unflagged reviews are public at once, flagged ones wait. */
@TestPropertySource(properties = "carefeed.moderation.policy=auto")
class AutoModerationIT extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    String provider;

    @BeforeEach
    void providerInTheDirectory() throws Exception {
        provider = FeedbackFixture.uniqueCode();
        new DirectoryFixture(kafkaTemplate, mongo).open(provider);
    }

    @Test
    void reviewThatPassesTheChecksIsPublishedAtOnceRedacted() {
        HttpApi.Response receipt = api().postJson("/api/reviews",
                review(provider, 5, "Thank you", "Lovely midwives, ring me on 07700 900123 to hear more."));

        assertThat(receipt.json().get("status").asString()).isEqualTo("published");
        HttpApi.Response published = api().get("/api/reviews/" + receipt.json().get("id").asString());
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("text").asString()).contains("[phone number removed]").doesNotContain("07700");
    }

    @Test
    void abusiveLanguageWaitsForAModerator() {
        assertWaitsWithFlag(review(provider, 1, "Useless", "The receptionist was a complete idiot to my mum."),
                "abusive-language");
    }

    @Test
    void shoutingWaitsForAModerator() {
        assertWaitsWithFlag(review(provider, 1, "NEVER AGAIN", "THEY LEFT ME WAITING FOR SIX HOURS IN PAIN."),
                "shouting");
    }

    @Test
    void capitalisedInitialsAreNotShouting() {
        HttpApi.Response receipt = api().postJson("/api/reviews",
                review(provider, 4, "A&E at the NHS QEH", "Seen in A&E by the ENT and ICU teams within an hour."));

        assertThat(receipt.json().get("status").asString()).isEqualTo("published");
    }

    private void assertWaitsWithFlag(String reviewJson, String flag) {
        HttpApi.Response receipt = api().postJson("/api/reviews", reviewJson);

        assertThat(receipt.json().get("status").asString()).isEqualTo("awaiting-moderation");
        Document stored = mongo.findById(receipt.json().get("id").asString(), Document.class, "reviews");
        assertThat(stored.getList("flags", String.class)).isEqualTo(List.of(flag));
    }
}
