package org.carefeed.choice.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.carefeed.choice.admin.TestAdministrator;
import org.carefeed.testsupport.HttpApi;
import tools.jackson.databind.JsonNode;

/**
 * Uploads files through the admin API, as an operator would, signed in as the test administrator,
 * and waits for their jobs to finish.
 */
public final class AdminImports {

    private final HttpApi admin;

    /** Waits, the first time, for the service to have heard of the test administrator. */
    public AdminImports(HttpApi api) {
        this.admin = api.bearer(TestAdministrator.token());
        await().atMost(Duration.ofSeconds(60)).until(() -> admin.get("/api/admin/imports/none").status(),
                status -> status == 404);
    }

    /** The admin API as the test administrator. */
    public HttpApi admin() {
        return admin;
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
