package org.carefeed.choice.opendata;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Any web page, on any site, may read the open data: every origin may GET (and HEAD) the public API,
 * feeds and downloads, without credentials. The admin API gets no cross-origin access at all, so a page
 * elsewhere can never use an administrator's browser against it; nothing else here accepts writes.
 */
public final class OpenDataCors {

    /** Conditional requests, and the header an API key comes in, are what a reader's script may send. */
    private static final List<String> REQUEST_HEADERS = List.of("If-None-Match", "If-Modified-Since", "Accept",
            "X-Api-Key");
    /** What a reader's script needs to see: caching, paging and rate-limit answers. */
    private static final List<String> RESPONSE_HEADERS = List.of("ETag", "Last-Modified", "Link", "Retry-After",
            "Location");
    private static final long PREFLIGHT_CACHE_SECONDS = 86_400;

    private OpenDataCors() {
    }

    public static CorsConfigurationSource source() {
        CorsConfiguration openData = new CorsConfiguration();
        openData.addAllowedOrigin(CorsConfiguration.ALL);
        openData.setAllowedMethods(List.of("GET", "HEAD"));
        openData.setAllowedHeaders(REQUEST_HEADERS);
        openData.setExposedHeaders(RESPONSE_HEADERS);
        openData.setAllowCredentials(false);
        openData.setMaxAge(PREFLIGHT_CACHE_SECONDS);

        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource() {
            @Override
            public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
                return isAdmin(request.getRequestURI()) ? null : super.getCorsConfiguration(request);
            }
        };
        source.registerCorsConfiguration("/**", openData);
        return source;
    }

    private static boolean isAdmin(String path) {
        return path.equals("/api/admin") || path.startsWith("/api/admin/");
    }
}
