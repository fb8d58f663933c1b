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

                // TO FIX, with the provider figures rewrite (summary/, and the facts it reads through
                // review/ReviewFacts and complaint/ComplaintFacts): shapes its code on main sends that no
                // index serves yet. Each entry goes once its query is indexed (this check then says so), or
                // stays with a reason of its own.
                "tally_entries: eq: providerCode", "TO FIX: TallyLedger.entriesOf needs an index on providerCode",
                "reviews: eq: state", "TO FIX: ReviewFacts.rated over every published review",
                "complaints: whole collection", "TO FIX: ComplaintFacts.times over every complaint",
                "review_outcomes: whole collection", "TO FIX: ReviewFacts.outcomes over every outcome",
                "provider_tallies: whole collection", "TO FIX: TallyLedger.providerCodes over every tally");
    }
}
