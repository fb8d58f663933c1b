package org.carefeed.choice.feed;

import java.util.ArrayList;
import java.util.List;

import org.carefeed.choice.directory.ProviderDirectory;
import org.carefeed.choice.review.ListingKeys;
import org.springframework.stereotype.Component;

/**
 * Lists every published review under its provider's type, besides its provider and the list of all
 * ({@link ListingKeys#ALL}), so the feed of a type reads a page the way a provider's does, by document id.
 * An organisation's feed needs no list of its own: it merges its sites' lists (see {@link FeedScopes}).
 */
@Component
class FeedLists implements ListingKeys {

    static final String ALL = ListingKeys.ALL;

    private final ProviderDirectory directory;

    FeedLists(ProviderDirectory directory) {
        this.directory = directory;
    }

    static String ofType(String type) {
        return "type:" + type;
    }

    @Override
    public List<String> of(String providerCode) {
        List<String> keys = new ArrayList<>();
        directory.typeOf(providerCode).filter(type -> !type.contains("/")).ifPresent(type -> keys.add(ofType(type)));
        return keys;
    }
}
