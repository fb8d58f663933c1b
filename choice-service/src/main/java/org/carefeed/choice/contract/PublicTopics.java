package org.carefeed.choice.contract;

import java.util.Set;

import org.carefeed.events.EventType;
import org.carefeed.events.Topics;

/**
 * The topics whose records hold only what Carefeed publishes anyway, and so are described in the AsyncAPI
 * document with their events' schemas. Left out on purpose: {@link Topics#COMPLAINTS}, one record per
 * complaint, which would defeat the small-number suppression of the complaint figures; and
 * {@link Topics#ACCOUNTS}, who may sign in, which is private.
 */
final class PublicTopics {

    static final Set<String> TOPICS = Set.of(Topics.REVIEWS, Topics.REVIEW_OUTCOMES, Topics.PROVIDERS);

    private PublicTopics() {
    }

    static boolean carries(EventType type) {
        return TOPICS.contains(type.topic());
    }
}
