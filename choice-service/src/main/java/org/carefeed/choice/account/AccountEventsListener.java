package org.carefeed.choice.account;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carefeed.events.AccountAccessChanged;
import org.carefeed.events.EventCodec;
import org.carefeed.choice.deadletter.Replayable;
import org.carefeed.events.Topics;
import org.carefeed.platform.kafka.CloudEventRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the accounts topic. Event types this version does not know are skipped, so feedback-service
 * can add new ones first; records that claim a known type but cannot be read are dead-lettered.
 */
@Component
class AccountEventsListener implements Replayable {

    private static final Logger log = LoggerFactory.getLogger(AccountEventsListener.class);

    private final EventCodec codec;
    private final KnownAccounts accounts;

    AccountEventsListener(EventCodec codec, KnownAccounts accounts) {
        this.codec = codec;
        this.accounts = accounts;
    }

    @Override
    public String topic() {
        return Topics.ACCOUNTS;
    }

    /** The listener id is also its consumer group; a new instance reads the compacted topic from the start. */
    @KafkaListener(id = "choice-service.accounts", topics = Topics.ACCOUNTS)
    @Override
    public void on(ConsumerRecord<String, String> record) {
        String type = CloudEventRecords.typeOf(record);
        codec.decode(type, record.value()).ifPresentOrElse(event -> {
            if (event instanceof AccountAccessChanged changed) {
                accounts.apply(changed);
            }
        }, () -> log.debug("Skipping event of unknown type {} at {}-{}@{}", type, record.topic(),
                record.partition(), record.offset()));
    }
}
