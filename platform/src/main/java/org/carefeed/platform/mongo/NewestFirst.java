package org.carefeed.platform.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.function.Function;

import org.carefeed.platform.web.KeysetCursor;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Pages through documents newest first by a time field, then by id, with a keyset cursor rather
 * than an offset: a page stays right while documents are added in front of it.
 */
public final class NewestFirst {

    private NewestFirst() {
    }

    /** @param next the cursor of the following page, null on the last */
    public record Page<T>(List<T> items, String next) {
    }

    /**
     * @param after   where the previous page ended, or null for the first page
     * @param keyOf   a document's time and id, to make the next cursor from
     */
    public static <T> Page<T> page(MongoTemplate mongo, Class<T> type, Criteria filter, String timeField,
            KeysetCursor after, int limit, Function<T, KeysetCursor> keyOf) {
        Criteria criteria = filter;
        if (after != null) {
            criteria = new Criteria().andOperator(filter, new Criteria().orOperator(
                    where(timeField).lt(after.at()),
                    where(timeField).is(after.at()).and("_id").lt(after.id())));
        }
        // One more than asked tells whether there is a next page without a second query.
        List<T> found = mongo.find(Query.query(criteria)
                .with(Sort.by(Sort.Order.desc(timeField), Sort.Order.desc("_id"))).limit(limit + 1), type);
        if (found.size() <= limit) {
            return new Page<>(found, null);
        }
        List<T> page = found.subList(0, limit);
        return new Page<>(List.copyOf(page), keyOf.apply(page.get(limit - 1)).encode());
    }
}
