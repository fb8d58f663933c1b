package org.carefeed.choice.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

class ApiContractsIT extends IntegrationTest {

    @Test
    void dump() throws Exception {
        HttpApi.Response docs = api().get("/v3/api-docs");
        Files.createDirectories(Path.of("target/contracts"));
        Files.writeString(Path.of("target/contracts/openapi.json"), docs.body());
        assertThat(docs.status()).isEqualTo(200);
    }
}
