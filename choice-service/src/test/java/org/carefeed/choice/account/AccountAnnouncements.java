package org.carefeed.choice.account;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.carefeed.events.AccountAccessChanged;
import org.carefeed.events.EventCodec;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.springframework.kafka.core.KafkaTemplate;

/** Announces accounts on the real accounts topic, as feedback-service does when they are created or change. */
public final class AccountAnnouncements {

    private final KafkaTemplate<String, String> kafka;
    private final EventCodec codec = new EventCodec("/carefeed/feedback-service");

    public AccountAnnouncements(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    /** The account's whole access as of this revision. */
    public void announce(String accountId, long revision, List<String> roles, boolean enabled, long passwordStamp) {
        try {
            kafka.send(CloudEventRecords.toProducerRecord(codec.encode(AccountAccessChanged.of(accountId, revision, roles,
                    enabled, passwordStamp, Instant.now())))).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not announce account " + accountId, e);
        }
    }
}
