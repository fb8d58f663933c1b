package org.carefeed.choice.review;

import java.util.List;

/**
 * The lists a published review belongs on besides its provider's, such as every review or those of one
 * type of provider. A feature that serves such a list declares a bean of this; the listing asks it once
 * for each review it lists.
 */
public interface ListingKeys {

    /** The list every published review is on, whatever its provider: the feed of all and the download read it. */
    String ALL = "*";

    /** The extra list keys of a review of this provider: never a provider's code, and none with a {@code /}. */
    List<String> of(String providerCode);
}
