package org.carefeed.feedback.complaint;

import static org.springframework.data.mongodb.core.FindAndModifyOptions.options;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Hands out references like {@code CF-2026-000123}: the year, then a number counted per year by an
 * atomic increment, so two instances never hand out the same one. A reference taken by a request
 * that then fails is simply never used.
 */
@Component
class ComplaintReferences {

    static final String COUNTERS = "counters";

    private final MongoTemplate mongo;

    ComplaintReferences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    String next(int year) {
        Document counter = mongo.findAndModify(query(where("_id").is("complaints-" + year)),
                new Update().inc("value", 1L), options().returnNew(true).upsert(true), Document.class, COUNTERS);
        return "CF-%d-%06d".formatted(year, ((Number) counter.get("value")).longValue());
    }
}
