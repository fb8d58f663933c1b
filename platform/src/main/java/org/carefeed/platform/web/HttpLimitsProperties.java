package org.carefeed.platform.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a client may send.
 *
 * @param maxRequestBody largest request body accepted; larger ones get {@code 413 Content Too Large}
 * @param uploadPaths    paths that take multipart file uploads, held instead to the (larger)
 *                       {@code spring.servlet.multipart} limits; every other path keeps the limit above
 */
@ConfigurationProperties("carefeed.http")
public record HttpLimitsProperties(@DefaultValue("64KB") DataSize maxRequestBody, List<String> uploadPaths) {

    public HttpLimitsProperties {
        uploadPaths = uploadPaths == null ? List.of() : List.copyOf(uploadPaths);
    }
}
