package org.carefeed.choice.feed;

import java.util.ArrayList;
import java.util.List;

import org.carefeed.choice.directory.ProviderDirectory;
import org.carefeed.platform.web.NotFound;
import org.springframework.stereotype.Component;

/** The feeds there are: one for every provider together, and one for each provider, organisation and type. */
@Component
class FeedScopes {

    private final ProviderDirectory directory;

    FeedScopes(ProviderDirectory directory) {
        this.directory = directory;
    }

    FeedScope all() {
        return new FeedScope("/feeds/reviews", "Carefeed: reviews of all providers", List.of(FeedLists.ALL), null);
    }

    /** @throws NotFound if the directory has no such provider */
    FeedScope provider(String identifier) {
        ProviderDirectory.Named provider = directory.find(identifier).orElseThrow(() -> unknown("provider"));
        return new FeedScope("/feeds/providers/" + provider.code() + "/reviews",
                "Reviews of " + provider.name() + " (" + provider.code() + ")", List.of(provider.code()),
                "/api/providers/" + provider.code() + "/reviews");
    }

    /**
     * The organisation's own reviews and its sites'. Its sites are found at each read, as the directory
     * links them now, and their lists merged day by day: a page costs a look-up per site more, and a later
     * import that moves a site to another organisation moves its reviews with it at once. A list of the
     * organisation's own, kept as reviews arrive, would have to be rebuilt from every moved site's reviews.
     *
     * @throws NotFound if the directory has no such organisation
     */
    FeedScope organisation(String identifier) {
        ProviderDirectory.Named organisation = directory.find(identifier).orElseThrow(() -> unknown("organisation"));
        List<String> keys = new ArrayList<>(List.of(organisation.code()));
        keys.addAll(directory.sitesOf(organisation.code()));
        return new FeedScope("/feeds/organisations/" + organisation.code() + "/reviews",
                "Reviews of " + organisation.name() + " (" + organisation.code() + ") and its sites", keys, null);
    }

    /** @throws NotFound if no provider in the directory is of this type */
    FeedScope type(String type) {
        if (!directory.hasType(type)) {
            throw unknown("provider type");
        }
        return new FeedScope("/feeds/types/" + type + "/reviews", "Reviews of providers of type " + type,
                List.of(FeedLists.ofType(type)), null);
    }

    /** Never echoes what was asked for: it is the client's text. */
    private static NotFound unknown(String what) {
        return new NotFound("There is no such " + what + " in the directory.");
    }
}
