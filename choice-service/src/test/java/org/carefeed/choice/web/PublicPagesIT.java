package org.carefeed.choice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every public page through the running service, as a browser gets it: the design system's page template
 * (one h1, skip link, title), the security headers, and the assets it names.
 */
class PublicPagesIT extends IntegrationTest {

    private static final Pattern SCRIPT_NONCE = Pattern.compile("script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /                         | Find and compare services
            /accessibility-statement  | Accessibility statement
            /privacy                  | Privacy notice
            /cookies                  | Cookies
            /house-rules              | House rules for reviews
            /contact                  | Contact us
            """)
    void eachPageFollowsTheDesignSystemsTemplate(String path, String heading) {
        HttpApi.Response response = api().get(path);
        Document page = Jsoup.parse(response.body());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo(heading);
        assertThat(page.title()).isEqualTo(heading + " – Carefeed – NHS");
        Element skipLink = page.body().selectFirst("a");
        assertThat(skipLink.hasClass("nhsuk-skip-link")).as("the skip link comes first").isTrue();
        assertThat(skipLink.attr("href")).isEqualTo("#maincontent");
        assertThat(page.select("main#maincontent")).hasSize(1);
        assertThat(page.select("header.nhsuk-header .nhsuk-header__service-name").text()).isEqualTo("Carefeed");
        assertThat(page.select("footer a").eachAttr("href"))
                .contains("/accessibility-statement", "/privacy", "/cookies", "/house-rules", "/contact");
    }

    @ParameterizedTest
    @CsvSource({"/", "/privacy", "/contact"})
    void onlyScriptsWithThisResponsesNonceMayRunInline(String path) {
        HttpApi.Response response = api().get(path);
        String policy = response.header("Content-Security-Policy");
        Document page = Jsoup.parse(response.body());

        assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                .contains("default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self'", "frame-ancestors 'none'");
        Matcher nonce = SCRIPT_NONCE.matcher(policy);
        assertThat(nonce.find()).as("a script nonce in %s", policy).isTrue();
        for (Element inline : page.select("script:not([src])")) {
            assertThat(inline.attr("nonce")).as("nonce of %s", inline.data()).isEqualTo(nonce.group(1));
        }
        assertThat(page.select("script:not([src])")).as("the js-enabled snippet and the module start").hasSize(2);
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.header("Strict-Transport-Security")).as("HSTS only in production").isNull();
    }

    @Test
    void eachResponseHasANonceOfItsOwn() {
        String first = api().get("/").header("Content-Security-Policy");
        String second = api().get("/").header("Content-Security-Policy");

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theAssetsThePageNamesAreServed() {
        Document page = Jsoup.parse(api().get("/").body());
        String stylesheet = page.selectFirst("link[rel=stylesheet]").attr("href");
        String script = page.selectFirst("script[src]").attr("src");
        String icon = page.selectFirst("link[rel=icon][type=image/svg+xml]").attr("href");
        String manifest = page.selectFirst("link[rel=manifest]").attr("href");

        HttpApi.Response css = served(stylesheet, "text/css");
        served(script, "text/javascript");
        served(icon, "image/svg+xml");
        served(manifest, "application/json");
        assertThat(css.body()).contains(".nhsuk-header").doesNotContain("url(/assets/images/");
        assertThat(css.header("Cache-Control")).as("kept an hour").isEqualTo("max-age=3600, public");
        assertThat(script).startsWith("/assets/nhsuk/");
        // The stylesheet names its images relative to itself.
        served("/assets/nhsuk/images/nhsuk-icon-arrow-down.svg", "image/svg+xml");
    }

    @Test
    void theStartPagesSearchIsAGetFormThatWorksWithoutJavaScript() {
        Document page = Jsoup.parse(api().get("/").body());
        Element form = page.selectFirst("main form");

        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.select("input, select").eachAttr("name")).containsExactly("q", "near", "type");
        for (Element field : form.select("input, select")) {
            assertThat(page.select("label[for=" + field.id() + "]")).as("label of %s", field.id()).hasSize(1);
        }
        assertThat(form.select("select[name=type] option").eachAttr("value")).contains("", "hospital", "gp-practice");
        assertThat(form.select("button[type=submit]")).hasSize(1);
    }

    @Test
    void theOpenDataKeepsItsPathsAndGetsTheSameHeaders() {
        HttpApi.Response providers = api().get("/api/providers?q=hospital");

        assertThat(providers.status()).isEqualTo(200);
        assertThat(providers.contentType()).startsWith("application/json");
        assertThat(providers.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void swaggerUiMayStyleInlineButNeverRunInlineScripts() {
        HttpApi.Response swagger = api().get("/swagger-ui/index.html");

        assertThat(swagger.status()).isEqualTo(200);
        assertThat(swagger.header("Content-Security-Policy"))
                .contains("style-src 'self' 'unsafe-inline'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
    }

    private HttpApi.Response served(String path, String contentType) {
        HttpApi.Response response = api().get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        assertThat(response.contentType()).as(path).startsWith(contentType);
        return response;
    }
}
