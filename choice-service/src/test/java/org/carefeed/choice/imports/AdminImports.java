package org.carefeed.choice.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.carefeed.testsupport.HttpApi;
import tools.jackson.databind.JsonNode;

/** Uploads files through the admin API, as an operator would, and waits for their jobs to finish. */
public final class AdminImports {

    public static final String USER = "admin";
    /** Set for tests in src/test/resources/config/application.properties. */
    public static final String PASSWORD = "test-admin-secret";

    private final HttpApi admin;

    public AdminImports(HttpApi api) {
        this.admin = api.as(USER, PASSWORD);
    }

    public HttpApi.Response upload(String fileName, byte[] content, Map<String, String> fields) {
        return admin.postMultipart("/api/admin/imports", fields, "file", fileName, content);
    }

    /** Uploads, expects it accepted, and returns the finished job. */
    public JsonNode importAndWait(String fileName, byte[] content, Map<String, String> fields) {
        HttpApi.Response accepted = upload(fileName, content, fields);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.location();
        assertThat(location).isEqualTo("/api/admin/imports/" + accepted.json().get("id").asString());
        return await().atMost(Duration.ofSeconds(60)).until(() -> admin.get(location).json(),
                job -> !job.get("status").asString().equals("queued") && !job.get("status").asString().equals("running"));
    }

    public JsonNode importAndWait(String fileName, byte[] content) {
        return importAndWait(fileName, content, Map.of());
    }
}
