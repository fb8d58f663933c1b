package org.carefeed.choice.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the open data says about itself.
 *
 * @param reviewsLicence the licence patients' published reviews (and the responses to them) are open
 *                       data under, named in every feed
 */
@ConfigurationProperties("carefeed.open-data")
record OpenDataProperties(@DefaultValue Licence reviewsLicence) {

    /** A licence by its name and the address of its text. */
    record Licence(
            @DefaultValue("Open Government Licence v3.0") String name,
            @DefaultValue("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/") String url) {
    }
}
