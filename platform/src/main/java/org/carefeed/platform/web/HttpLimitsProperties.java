package org.carefeed.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a client may send.
 *
 * @param maxRequestBody largest request body accepted; larger ones get {@code 413 Content Too Large}
 */
@ConfigurationProperties("carefeed.http")
public record HttpLimitsProperties(@DefaultValue("64KB") DataSize maxRequestBody) {
}
