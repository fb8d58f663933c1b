package org.carefeed.feedback;

import java.util.Map;

import org.carefeed.testsupport.indexes.EveryQueryIndexed;

/** Every query feedback-service sent during the integration tests has an index; runs last. */
class QueryIndexesIT extends EveryQueryIndexed {

    @Override
    protected Map<String, String> unindexedOnPurpose() {
        return Map.of(
                "accounts: whole collection", "the administrators' list of every account, which are few");
    }
}
