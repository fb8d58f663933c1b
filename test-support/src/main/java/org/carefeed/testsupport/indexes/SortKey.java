package org.carefeed.testsupport.indexes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * One field of a sort or of an index, with its direction: 1 or -1, or 0 for a special index key
 * (text, hashed, 2dsphere), which keeps no order a sort could use.
 */
record SortKey(String field, int direction) {

    static List<SortKey> of(BsonDocument keys) {
        List<SortKey> parsed = new ArrayList<>();
        for (Map.Entry<String, BsonValue> key : keys.entrySet()) {
            BsonValue value = key.getValue();
            if (value.isNumber()) {
                parsed.add(new SortKey(key.getKey(), (int) Math.signum(value.asNumber().doubleValue())));
            } else if (!value.isDocument()) {
                parsed.add(new SortKey(key.getKey(), 0));
            }
            // A {$meta: "textScore"} sort needs no index order.
        }
        return parsed;
    }

    @Override
    public String toString() {
        return direction == 0 ? field + " (special)" : field + " " + direction;
    }
}
