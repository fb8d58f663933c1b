package org.carefeed.feedback.privatelink;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code carefeed.links.base-url}: where private links point. Configured rather than taken from the
 * request's Host header, which a client controls.
 */
@ConfigurationProperties("carefeed.links")
public record PrivateLinks(@DefaultValue("http://localhost:8081") String baseUrl) {

    public String to(String path) {
        return (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + path;
    }
}
