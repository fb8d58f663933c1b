package org.carefeed.choice.opendata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Validators for the open data, known before anything is read: the ETag is a hash of the versions of the
 * data a response is made from ({@link DataVersions}) and of everything else that shapes its bytes (the
 * parameters, the media type, the links' host, whether it is gzipped), and Last-Modified is the latest
 * change among those versions. A client that already holds the body gets a 304 from one read by id of the
 * version documents, before the controller reads any data or renders anything.
 *
 * <p>The ETag is strong: the same versions and parameters give the same bytes. The gzipped body is other
 * bytes, so it has an ETag of its own ({@link OpenDataGzip}).
 */
@Component
public class ConditionalReads {

    /** How long a cache may serve a copy without asking. */
    public enum Caching {
        /**
         * Anything that shows reviews: a cache must ask every time (a 304 is cheap), so a withdrawn review
         * is never served from one.
         */
        REVALIDATE("public, no-cache"),
        /** Directory, indicators and figures: a minute without asking, then asking. */
        SHORT("public, max-age=60");

        private final String header;

        Caching(String header) {
            this.header = header;
        }
    }

    /** A Last-Modified names a whole second; any change within the second it names could not be told apart. */
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private final DataVersions versions;
    private final Clock clock;

    ConditionalReads(DataVersions versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * Sets the response's ETag, Last-Modified and Cache-Control for the current request, and answers 304
     * if the client's copy is current.
     *
     * @param scopes         the {@link DataVersions} scopes the body is made from
     * @param representation everything else that shapes the body's bytes: the media type, parameters, ...
     * @return true if a 304 has been set up: the caller returns at once (null) without reading the data
     */
    public boolean notModified(Collection<String> scopes, Caching caching, Object... representation) {
        ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = attributes.getRequest();
        HttpServletResponse response = attributes.getResponse();
        DataVersions.Versions current = versions.current(scopes);
        String etag = etag(current.versions(), OpenDataGzip.willCompress(request), representation);
        response.setHeader(HttpHeaders.CACHE_CONTROL, caching.header);
        return new ServletWebRequest(request, response).checkNotModified(etag, lastModified(current.lastChanged()));
    }

    /**
     * The last change, but only once its second is over: until then another change could come within the
     * same second, and a client holding the first body would be told by If-Modified-Since that it is
     * current (RFC 9110, 8.8.2.2). The ETag serves meanwhile. -1 for none.
     */
    private long lastModified(Instant lastChanged) {
        if (lastChanged == null) {
            return -1;
        }
        Instant second = lastChanged.truncatedTo(ChronoUnit.SECONDS);
        return clock.instant().isBefore(second.plus(ONE_SECOND)) ? -1 : second.toEpochMilli();
    }

    static String etag(Map<String, Long> versions, boolean gzip, Object... representation) {
        StringBuilder input = new StringBuilder();
        versions.forEach((scope, version) -> input.append(scope).append('=').append(version).append('\n'));
        input.append(gzip ? "gzip" : "identity").append('\n');
        for (Object part : representation) {
            input.append(part).append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8));
            // 128 bits are plenty to tell versions apart, and keep the header short.
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
