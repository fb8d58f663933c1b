package org.carefeed.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-side protections of every response. A Content-Security-Policy that allows only the site's
 * own scripts and styles, and inline scripts only with this response's nonce (request attribute
 * {@value #NONCE_ATTRIBUTE}, {@code th:nonce="${cspNonce}"} in a template), so text that anyone wrote can
 * never run as script even if it slipped through escaping; no framing by other sites; no referrer beyond
 * the origin to other sites; {@code no-store} for what a form post answers and for private pages; HSTS in
 * production. JSON, feeds and downloads get the same headers, which browsers ignore for them.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

    /** The request attribute, and template variable, holding this response's script nonce. */
    public static final String NONCE_ATTRIBUTE = "cspNonce";

    private static final int NONCE_BYTES = 16;
    private static final String ONE_YEAR = "max-age=31536000; includeSubDomains";

    private final SecureRandom random = new SecureRandom();
    private final WebPageProperties properties;

    public SecurityHeadersFilter(WebPageProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String nonce = nonce();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        boolean inlineStyles = startsWithAny(path, properties.inlineStylePaths());
        response.setHeader("Content-Security-Policy", policy(nonce, inlineStyles));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (!isRead(request.getMethod()) || startsWithAny(path, properties.privatePaths())) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (properties.hsts()) {
            response.setHeader("Strict-Transport-Security", ONE_YEAR);
        }
        chain.doFilter(request, response);
    }

    String policy(String nonce, boolean inlineStyles) {
        String fonts = properties.fontSources().isEmpty() ? "" : " " + String.join(" ", properties.fontSources());
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "'; "
                + "style-src 'self'" + (inlineStyles ? " 'unsafe-inline'" : "") + "; "
                + "img-src 'self' data:; "
                + "font-src 'self'" + fonts + "; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    private String nonce() {
        byte[] bytes = new byte[NONCE_BYTES];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static boolean startsWithAny(String path, List<String> prefixes) {
        return prefixes.stream().anyMatch(path::startsWith);
    }
}
