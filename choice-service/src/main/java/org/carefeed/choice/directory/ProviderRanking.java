package org.carefeed.choice.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.carefeed.choice.summary.ProviderSummaryChanged;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Copies each provider's fair score onto its directory entry whenever its figures change, so that a
 * search can filter by name and type and order by score in one indexed query, with stable keyset
 * pages. A provider added to the directory after its figures gets its copy at the next daily refresh.
 */
@Component
class ProviderRanking {

    private final MongoTemplate mongo;

    ProviderRanking(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener
    void on(ProviderSummaryChanged changed) {
        Update update = changed.fairScore() == null ? new Update().unset(Provider.FAIR_SCORE)
                : new Update().set(Provider.FAIR_SCORE, changed.fairScore());
        // Never over a copy of newer figures; no upsert: the directory decides which providers exist.
        mongo.updateFirst(query(where("_id").is(changed.providerCode())
                        .and(Provider.FAIR_SCORE_AS_OF).not().gt(changed.computedAt())),
                update.set(Provider.FAIR_SCORE_AS_OF, changed.computedAt()), Provider.class);
    }
}
