package org.carefeed.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SecurityHeadersFilterTest {

    private static final WebPageProperties DEVELOPMENT = new WebPageProperties(false, List.of("/reviews/status/"),
            List.of("https://assets.nhs.uk"), List.of("/swagger-ui/"));
    private static final WebPageProperties PRODUCTION =
            new WebPageProperties(true, List.of(), List.of("https://assets.nhs.uk"), List.of());

    @Test
    void aPageGetsAPolicyWithItsOwnNonceAndNoInlineAllowance() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cookies");
        MockHttpServletResponse response = filter(DEVELOPMENT, request);

        String nonce = (String) request.getAttribute(SecurityHeadersFilter.NONCE_ATTRIBUTE);
        assertThat(nonce).hasSizeGreaterThanOrEqualTo(22);
        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("script-src 'self' 'nonce-" + nonce + "'", "style-src 'self';",
                        "font-src 'self' https://assets.nhs.uk;", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(response.getHeader("Cache-Control")).as("a public page may be cached").isNull();
        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void whatAFormPostAnswersAndPrivatePagesAreNeverStored() throws Exception {
        assertThat(filter(DEVELOPMENT, new MockHttpServletRequest("POST", "/cookies")).getHeader("Cache-Control"))
                .isEqualTo("no-store");
        assertThat(filter(DEVELOPMENT, new MockHttpServletRequest("GET", "/reviews/status/abc"))
                .getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(filter(DEVELOPMENT, new MockHttpServletRequest("HEAD", "/reviews")).getHeader("Cache-Control"))
                .isNull();
    }

    @Test
    void onlyTheNamedThirdPartyPagesMayStyleInline() throws Exception {
        assertThat(filter(DEVELOPMENT, new MockHttpServletRequest("GET", "/swagger-ui/index.html"))
                .getHeader("Content-Security-Policy"))
                .contains("style-src 'self' 'unsafe-inline'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
    }

    @Test
    void productionAddsHsts() throws Exception {
        assertThat(filter(PRODUCTION, new MockHttpServletRequest("GET", "/")).getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000; includeSubDomains");
    }

    private static MockHttpServletResponse filter(WebPageProperties properties, MockHttpServletRequest request)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeadersFilter(properties).doFilter(request, response, new MockFilterChain());
        return response;
    }
}
