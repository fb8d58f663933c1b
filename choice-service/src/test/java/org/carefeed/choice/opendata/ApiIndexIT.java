package org.carefeed.choice.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The API index: a program that starts from {@code /api} finds every open resource and the feeds. */
class ApiIndexIT extends IntegrationTest {

    @Test
    void theIndexLinksEveryResourceAndAnnouncesTheFeedsAsAlternates() {
        HttpApi.Response index = api().get("/api");

        assertThat(index.status()).isEqualTo(200);
        assertThat(index.json().at("/resources/changes/href").asString())
                .isEqualTo("http://localhost:" + port + "/api/changes{?since,limit}");
        List<String> links = index.headers().allValues("Link");
        assertThat(links).anyMatch(link -> link.contains("/feeds/reviews.atom>; rel=\"alternate\"; type=\"application/atom+xml\""))
                .anyMatch(link -> link.contains("/feeds/reviews.json>; rel=\"alternate\"; type=\"application/feed+json\""));
        // Every link that needs no parameter leads somewhere.
        index.json().get("resources").forEach(resource -> {
            String href = resource.get("href").asString();
            if (!href.contains("{") && !href.endsWith("/api/webhooks")) {
                assertThat(api().get(href.substring(("http://localhost:" + port).length())).status()).as(href).isEqualTo(200);
            }
        });
        index.json().get("feeds").forEach(feed -> {
            String href = feed.get("href").asString();
            if (!href.contains("{")) {
                assertThat(api().get(href.substring(("http://localhost:" + port).length())).status()).as(href).isEqualTo(200);
            }
        });
    }

    @Test
    void everyOpenAnswerNamesBothLicencesAndWhereTheDataIsDescribed() {
        for (String path : List.of("/api", "/api/providers?limit=1", "/api/changes?limit=1", "/feeds/reviews.json",
                "/downloads", "/api/providers/NOSUCH1")) {
            List<String> links = api().get(path).headers().allValues("Link");
            assertThat(links).as(path)
                    .anyMatch(link -> link.contains("rel=\"license\"") && link.contains("published data"))
                    .anyMatch(link -> link.contains("rel=\"license\"") && link.contains("reviews"))
                    .anyMatch(link -> link.startsWith("</downloads>; rel=\"describedby\""));
        }
    }
}
