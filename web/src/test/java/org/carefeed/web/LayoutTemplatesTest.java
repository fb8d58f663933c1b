package org.carefeed.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The layout and fragments, through a form page built from them as later pages will be (test resources). */
class LayoutTemplatesTest {

    private static final List<Crumb> CRUMBS =
            List.of(new Crumb("Home", "/"), new Crumb("Leave a review", "/reviews/new"));

    private final SpringTemplateEngine engine = engine();

    @Test
    void aPageWithErrorsSaysSoInItsTitleSummaryAndField() {
        Document page = render(PageErrors.of(new PageError("postcode", "Enter a full postcode, like LS1 4AP")));

        assertThat(page.title()).isEqualTo("Error: What is your postcode? – Carefeed – NHS");
        assertThat(page.select(".nhsuk-error-summary a")).singleElement()
                .satisfies(link -> assertThat(link.attr("href")).isEqualTo("#postcode"))
                .satisfies(link -> assertThat(link.text()).isEqualTo("Enter a full postcode, like LS1 4AP"));
        assertThat(page.select(".nhsuk-error-summary [role=alert] h2").text()).isEqualTo("There is a problem");
        assertThat(page.select(".nhsuk-form-group--error #postcode-error").text())
                .isEqualTo("Error: Enter a full postcode, like LS1 4AP");
        assertThat(page.select("#postcode").attr("aria-describedby")).isEqualTo("postcode-error");
        assertThat(page.select("#postcode").hasClass("nhsuk-input--error")).isTrue();
    }

    @Test
    void aPageWithoutErrorsShowsNoneOfThem() {
        Document page = render(PageErrors.NONE);

        assertThat(page.title()).isEqualTo("What is your postcode? – Carefeed – NHS");
        assertThat(page.select(".nhsuk-error-summary, .nhsuk-error-message, .nhsuk-form-group--error")).isEmpty();
        assertThat(page.select("#postcode").hasAttr("aria-describedby")).isFalse();
    }

    @Test
    void breadcrumbsComeBeforeTheMainContentWithABackLinkToTheParent() {
        Document page = render(PageErrors.NONE);

        assertThat(page.select("nav.nhsuk-breadcrumb a.nhsuk-breadcrumb__link").eachAttr("href"))
                .containsExactly("/", "/reviews/new");
        assertThat(page.select("nav.nhsuk-breadcrumb a.nhsuk-back-link").attr("href")).isEqualTo("/reviews/new");
        assertThat(page.select("nav.nhsuk-breadcrumb + main#maincontent")).hasSize(1);
        assertThat(page.select("script:not([src])").eachAttr("nonce")).containsExactly("n0nce", "n0nce");
        assertThat(page.select("h1")).hasSize(1);
    }

    private Document render(PageErrors errors) {
        Context context = new Context(Locale.UK, Map.of("errors", errors, "crumbs", CRUMBS,
                SecurityHeadersFilter.NONCE_ATTRIBUTE, "n0nce"));
        return Jsoup.parse(engine.process("example/form", context));
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        return engine;
    }
}
