package org.carefeed.choice.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class OpenDataGzipTest {

    @Test
    void gzipIsAcceptedUnlessRefusedWithQZero() {
        Map.of("gzip", true, "deflate, gzip;q=0.5", true, "x-gzip", true, "*", true, "GZIP", true,
                "gzip;q=0", false, "gzip; q=0.000", false, "deflate, br", false, "", false)
                .forEach((header, accepted) -> assertThat(OpenDataGzip.acceptsGzip(header)).as(header).isEqualTo(accepted));
        assertThat(OpenDataGzip.acceptsGzip(null)).isFalse();
    }

    @Test
    void theAdminApiIsNotOpenData() {
        assertThat(OpenDataPaths.isOpenData("/api/providers/RJ731")).isTrue();
        assertThat(OpenDataPaths.isOpenData("/feeds/reviews.atom")).isTrue();
        assertThat(OpenDataPaths.isOpenData("/downloads")).isTrue();
        assertThat(OpenDataPaths.isOpenData("/api/admin/api-keys")).isFalse();
        assertThat(OpenDataPaths.isOpenData("/api/admin")).isFalse();
        assertThat(OpenDataPaths.isOpenData("/livez")).isFalse();
    }

    @Test
    void theETagIsStrongAndNamesTheEncoding() {
        String plain = ConditionalReads.etag(Map.of("reviews:*", 3L), false, "application/json");
        assertThat(plain).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(ConditionalReads.etag(Map.of("reviews:*", 3L), true, "application/json")).isNotEqualTo(plain);
        assertThat(ConditionalReads.etag(Map.of("reviews:*", 4L), false, "application/json")).isNotEqualTo(plain);
        assertThat(ConditionalReads.etag(Map.of("reviews:*", 3L), false, "application/json")).isEqualTo(plain);
    }
}
