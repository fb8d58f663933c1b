package org.carefeed.choice.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the public pages say about who runs the site.
 *
 * @param contactEmail where people write about the service itself, and about its accessibility; a
 *                     deployment sets its own (the default is a reserved example domain)
 */
@ConfigurationProperties("carefeed.site")
record SiteProperties(@DefaultValue("carefeed@example.org") String contactEmail) {
}
