package org.carefeed.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How pages are protected in the browser.
 *
 * @param hsts             send {@code Strict-Transport-Security}: only where the site is served over HTTPS
 *                         alone, as in production; never in development, where it would stick to localhost
 * @param privatePaths     path prefixes whose responses hold someone's own data (a review's status page, a
 *                         staff dashboard): sent with {@code Cache-Control: no-store} so no cache keeps them
 * @param fontSources      where the design system's stylesheet may load its fonts from, besides the site:
 *                         nhsuk-frontend names the NHS's own font server; without it, pages fall back to Arial
 * @param inlineStylePaths path prefixes of third-party pages that set inline styles (Swagger UI): their policy
 *                         allows inline styles, never inline scripts
 */
@ConfigurationProperties("carefeed.web")
public record WebPageProperties(
        boolean hsts,
        List<String> privatePaths,
        @DefaultValue("https://assets.nhs.uk") List<String> fontSources,
        List<String> inlineStylePaths) {

    public WebPageProperties {
        privatePaths = privatePaths == null ? List.of() : List.copyOf(privatePaths);
        fontSources = fontSources == null ? List.of() : List.copyOf(fontSources);
        inlineStylePaths = inlineStylePaths == null ? List.of() : List.copyOf(inlineStylePaths);
    }
}
