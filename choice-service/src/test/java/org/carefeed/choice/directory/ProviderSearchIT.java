package org.carefeed.choice.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.testsupport.ProblemAssertions.assertBadParameter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carefeed.choice.imports.AdminImports;
import org.carefeed.choice.imports.NhsChoicesFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Search, profile and compare over a small directory of its own type ("search-site"), so other tests'
 * providers never show up. Positions are around 53.80,-1.55: a degree of latitude is about 111 km.
 */
class ProviderSearchIT extends IntegrationTest {

    private static final String TYPE = "search-site";
    private static boolean imported;

    private AdminImports imports() {
        return new AdminImports(api());
    }

    @BeforeEach
    void directory() {
        if (imported) {
            return;
        }
        byte[] sites = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER)
                .hospital("SRC1", "Search Site", "Searchshire Trust", "SR1 0AA", "53.80", "-1.55", "", "", "")
                .hospital("SRC101", "Search Site", "Saint-\u00c9tienne\u2019s Clinic", "SR1 1AA", "53.80", "-1.55", "SRC1", "", "")
                .hospital("SRC102", "Search Site", "Abbey Road Surgery", "SR1 1AB", "53.81", "-1.55", "SRC1", "", "")
                .hospital("SRC103", "Search Site", "Mary\u2019s Health Centre", "SR1 1AC", "53.85", "-1.55", "", "", "")
                .hospital("SRC104", "Search Site", "Far Away Hospital", "SR9 9ZZ", "54.80", "-1.55", "", "", "")
                .hospital("SRC105", "Search Site", "Nowhere Known Practice", "SR1 1AE", "", "", "", "", "")
                .windows1252();
        assertThat(imports().importAndWait("search-sites.csv", sites).get("providersCreated").asLong()).isEqualTo(6);
        String indicators = "provider_code,indicator,period,value,unit,denominator,source,source_url\n"
                + "SRC101,Would recommend,2024,88,%,,NHS England,\n"
                + "SRC101,Would recommend,2025,91,%,,NHS England,\n"
                + "SRC101,Waiting weeks,2025,-,weeks,,NHS England,\n"
                + "SRC102,Would recommend,2025,75,%,,NHS England,\n";
        imports().importAndWait("search-indicators.csv", indicators.getBytes(StandardCharsets.UTF_8));
        imported = true;
    }

    private static List<String> codes(HttpApi.Response page) {
        List<String> codes = new ArrayList<>();
        page.json().get("items").forEach(item -> codes.add(item.get("code").asString()));
        return codes;
    }

    private HttpApi.Response search(String query) {
        HttpApi.Response response = api().get("/api/providers?type=" + TYPE + "&" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    @Test
    void namesMatchWhateverTheCaseAndAccents() {
        assertThat(codes(search("q=ETIENNE"))).containsExactly("SRC101");
        assertThat(codes(search("q=saint-%C3%A9tienne%E2%80%99s"))).containsExactly("SRC101");
        assertThat(codes(search("q=mary's"))).containsExactly("SRC103");
        assertThat(codes(search("q=(.*)"))).as("the query is text, not a pattern").isEmpty();
    }

    @Test
    void nearAPlaceListsWhatIsInsideTheRadiusNearestFirst() {
        HttpApi.Response page = search("near=53.80,-1.55&radiusKm=10&sort=distance");

        assertThat(codes(page)).containsExactly("SRC1", "SRC101", "SRC102", "SRC103");
        assertThat(page.json().get("total").asLong()).isEqualTo(4);
        JsonNode items = page.json().get("items");
        assertThat(items.get(0).get("distanceKm").asDouble()).isZero();
        assertThat(items.get(2).get("distanceKm").asDouble()).isBetween(1.0, 1.2);
        assertThat(items.get(3).get("distanceKm").asDouble()).isBetween(5.4, 5.7);

        assertThat(codes(search("near=sr1%201ab&radiusKm=2&sort=distance")))
                .as("a directory postcode as the place").containsExactly("SRC102", "SRC1", "SRC101");
        assertThat(codes(search("near=53.80,-1.55&radiusKm=200&sort=name")))
                .containsExactly("SRC102", "SRC104", "SRC103", "SRC101", "SRC1");
    }

    @Test
    void pagesByNameNeitherRepeatNorSkipWhenProvidersArriveBetweenPages() {
        List<String> seen = new ArrayList<>();
        HttpApi.Response first = search("limit=2");
        seen.addAll(codes(first));
        assertThat(first.json().get("total").asLong()).isEqualTo(6);

        byte[] newcomer = NhsChoicesFixture.withHeader(NhsChoicesFixture.HOSPITAL_HEADER)
                .hospital("SRC106", "Search Site", "Aardvark Lane Clinic", "SR1 1AF", "", "", "", "", "")
                .windows1252();
        imports().importAndWait("one-more.csv", newcomer, Map.of("closeMissing", "false"));

        String next = first.json().get("next").asString();
        while (next != null) {
            HttpApi.Response page = search("limit=2&cursor=" + next);
            seen.addAll(codes(page));
            next = page.json().get("next").isNull() ? null : page.json().get("next").asString();
        }

        assertThat(seen).as("Aardvark sorts before the cursor: not shown, and nothing repeated or skipped")
                .containsExactly("SRC102", "SRC104", "SRC103", "SRC105", "SRC101", "SRC1");
    }

    @Test
    void profileShowsFamilyLatestFiguresAndReviews() {
        JsonNode profile = api().get("/api/providers/SRC101").json();

        assertThat(profile.get("name").asString()).isEqualTo("Saint-\u00c9tienne\u2019s Clinic");
        assertThat(profile.at("/parent/code").asString()).isEqualTo("SRC1");
        assertThat(profile.get("indicators")).hasSize(2);
        JsonNode recommend = profile.get("indicators").get(1);
        assertThat(recommend.get("indicator").asString()).isEqualTo("Would recommend");
        assertThat(recommend.get("period").asString()).as("latest period").isEqualTo("2025");
        assertThat(recommend.get("value").asDouble()).isEqualTo(91);
        assertThat(recommend.get("source").asString()).isEqualTo("NHS England");
        assertThat(profile.at("/reviews/reviewCount").asLong()).isZero();

        JsonNode trust = api().get("/api/providers/SRC1").json();
        assertThat(trust.get("children").findValuesAsString("code")).containsExactly("SRC102", "SRC101");
        assertThat(trust.get("children").findValuesAsString("status")).containsOnly("open");

        assertThat(api().get("/api/providers/ZZZ999").status()).isEqualTo(404);
        assertThat(api().get("/api/providers/not-a-code").status()).isEqualTo(400);
    }

    @Test
    void compareAlignsIndicatorsAndSaysWhatIsMissing() {
        JsonNode comparison = api().get("/api/compare?codes=SRC101,SRC102,SRC103").json();

        assertThat(comparison.get("providers").findValuesAsString("code")).containsExactly("SRC101", "SRC102", "SRC103");
        JsonNode waiting = comparison.get("indicators").get(0);
        assertThat(waiting.get("indicator").asString()).isEqualTo("Waiting weeks");
        assertThat(waiting.get("values").findValuesAsString("status"))
                .containsExactly("not-available", "missing", "missing");
        JsonNode recommend = comparison.get("indicators").get(1);
        assertThat(recommend.get("values").findValuesAsString("status")).containsExactly("available", "available", "missing");
        assertThat(recommend.get("values").get(1).get("value").asDouble()).isEqualTo(75);

        HttpApi.Response unknown = api().get("/api/compare?codes=SRC101,ZZZ998,ZZZ999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).contains("ZZZ998, ZZZ999");
        assertBadParameter(api().get("/api/compare?codes=SRC101"), "codes");
        assertBadParameter(api().get("/api/compare?codes=A1B,C2D,E3F,G4H,J5K,L6M"), "codes");
        assertBadParameter(api().get("/api/compare"), "codes");
    }

    @Test
    void badSearchParametersAreProblemsNamingTheParameter() {
        assertBadParameter(api().get("/api/providers?limit=0"), "limit");
        assertBadParameter(api().get("/api/providers?radiusKm=5"), "radiusKm");
        assertBadParameter(api().get("/api/providers?near=53.8,-1.5&radiusKm=500"), "radiusKm");
        assertBadParameter(api().get("/api/providers?sort=distance"), "sort");
        assertBadParameter(api().get("/api/providers?sort=stars"), "sort");
        assertBadParameter(api().get("/api/providers?near=XX1%201XX"), "near");
        assertBadParameter(api().get("/api/providers?near=95,10"), "near");
        assertBadParameter(api().get("/api/providers?type=GP%20practice"), "type");
        assertBadParameter(api().get("/api/providers?cursor=bm9wZQ"), "cursor");
    }

}
