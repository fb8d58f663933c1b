package org.carefeed.choice;

import java.util.Map;

import org.carefeed.testsupport.indexes.EveryQueryIndexed;

/** Every query choice-service sent during the integration tests has an index; runs last. */
class QueryIndexesIT extends EveryQueryIndexed {

    @Override
    protected Map<String, String> unindexedOnPurpose() {
        return Map.of(
                "providers: eq: status; range: entry.address.postcode, entry.location",
                "the postcode centres' rebuild reads every open provider with a place; no index would read fewer",
                "postcode_centres: whole collection",
                "the rebuild compares every stored centre with the new ones",
                "providers: range: details.clockKeys",
                "run once, at the first start of a version with clock keys: every provider is read, to key them all",

                // The nightly check of the figure counters reads each source once, whole, rather than one
                // query a provider (see summary/FiguresCheck).
                "complaints: whole collection", "the nightly figures check reads every complaint once",
                "review_outcomes: whole collection", "the nightly figures check reads every outcome once",
                "provider_tallies: whole collection", "the nightly figures check lists every provider's counters",

                // Bulk downloads stream a whole collection once, row by row.
                "providers: whole collection", "the providers download streams the whole directory",
                "provider_summaries: whole collection", "the figures download streams every provider's figures");
    }
}
