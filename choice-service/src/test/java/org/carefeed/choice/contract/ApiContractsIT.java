package org.carefeed.choice.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.carefeed.events.EventType;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The contracts as a reader fetches them from the running service. Each test also leaves what it fetched
 * in {@code target/contracts}, where the build's Spectral lint (choice-service/contracts/lint.sh) reads it.
 */
class ApiContractsIT extends IntegrationTest {

    static final Path OUT = Path.of("target", "contracts");

    /** Every public operation, and nothing else: a new endpoint must be thought about here too. */
    private static final Set<String> PUBLIC_OPERATIONS = Set.of(
            "GET /api/providers", "GET /api/providers/{id}", "GET /api/compare",
            "GET /api/providers/{code}/reviews", "GET /api/providers/{code}/rating",
            "GET /feeds/reviews.{format}", "GET /feeds/providers/{code}/reviews.{format}",
            "GET /feeds/organisations/{code}/reviews.{format}", "GET /feeds/types/{type}/reviews.{format}",
            "GET /downloads", "GET /downloads/{name}.csv", "GET /api", "GET /api/changes",
            "GET /api/statistics/moderation", "GET /api/statistics/complaints/providers/{code}",
            "GET /api/statistics/complaints/organisations/{code}", "GET /api/statistics/method",
            "POST /api/webhooks", "GET /api/webhooks/{id}", "GET /api/webhooks/{id}/deliveries",
            "DELETE /api/webhooks/{id}");

    @Test
    void theOpenApiDocumentDescribesEveryPublicOperationAndNoPrivateOne() throws IOException {
        HttpApi.Response docs = api().get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        save("openapi.json", docs.body());
        JsonNode openApi = docs.json();
        assertThat(openApi.path("openapi").asString()).startsWith("3.1.");
        assertThat(openApi.path("info").path("license").path("name").asString())
                .isEqualTo("Open Government Licence v3.0");
        assertThat(openApi.path("info").path("contact").path("name").asString()).isNotBlank();
        assertThat(openApi.path("servers")).isNotEmpty();

        Set<String> operations = new TreeSet<>();
        List<String> undescribed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                operations.add(name);
                JsonNode o = operation.getValue();
                if (o.path("operationId").asString("").isBlank() || o.path("summary").asString("").isBlank()
                        || o.path("description").asString("").isBlank() || o.path("tags").isEmpty()) {
                    undescribed.add(name);
                }
                for (JsonNode parameter : o.path("parameters")) {
                    if (parameter.path("description").asString("").isBlank()) {
                        undescribed.add(name + " parameter " + parameter.path("name").asString());
                    }
                }
                if (!o.path("parameters").isEmpty()) {
                    assertThat(o.path("responses").has("400")).as(name + " answers a bad parameter").isTrue();
                }
            }
        }
        assertThat(operations).containsExactlyInAnyOrderElementsOf(PUBLIC_OPERATIONS);
        assertThat(operations).noneMatch(operation -> operation.contains("/api/admin"));
        assertThat(undescribed).isEmpty();
        assertThat(openApi.path("components").path("responses").path("BadRequest").path("content")
                .has(OpenApiDocument.PROBLEM)).isTrue();
        assertThat(api().get("/v3/api-docs.yaml").body()).startsWith("openapi: 3.1.");
    }

    /** Spectral checks each example's types; this, that it has no property its schema lacks (a renamed one). */
    @Test
    void everyExampleAnswerUsesOnlyPropertiesOfItsSchema() {
        JsonNode openApi = api().get("/v3/api-docs").json();
        List<String> unknown = new ArrayList<>();
        int examples = 0;
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode json = operation.getValue().path("responses").path("200").path("content")
                        .path("application/json");
                for (JsonNode example : json.path("examples")) {
                    examples++;
                    unknownProperties(openApi, json.path("schema"), example.path("value"),
                            operation.getValue().path("operationId").asString(), unknown);
                }
            }
        }
        assertThat(examples).isEqualTo(6);
        assertThat(unknown).isEmpty();
    }

    private static void unknownProperties(JsonNode openApi, JsonNode schema, JsonNode value, String at,
            List<String> unknown) {
        JsonNode resolved = schema;
        while (resolved.has("$ref") || resolved.has("anyOf")) {
            resolved = resolved.has("$ref") ? openApi.at(resolved.path("$ref").asString().substring(1))
                    : resolved.path("anyOf").get(0);
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                unknownProperties(openApi, resolved.path("items"), item, at + "[]", unknown);
            }
        } else if (value.isObject() && resolved.has("properties")) {
            for (Map.Entry<String, JsonNode> property : value.properties()) {
                JsonNode declared = resolved.path("properties").path(property.getKey());
                if (declared.isMissingNode()) {
                    unknown.add(at + "." + property.getKey());
                } else {
                    unknownProperties(openApi, declared, property.getValue(), at + "." + property.getKey(), unknown);
                }
            }
        }
    }

    @Test
    void swaggerUiShowsTheDocument() {
        HttpApi.Response entry = api().get("/swagger-ui.html");
        HttpApi.Response page = api().get("/swagger-ui/index.html");
        HttpApi.Response config = api().get("/v3/api-docs/swagger-config");

        assertThat(entry.status()).isEqualTo(302);
        assertThat(entry.location()).endsWith("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(config.json().path("url").asString()).isEqualTo("/v3/api-docs");
    }

    @Test
    void theAsyncApiDocumentIsServedWithTheSchemasItPointsTo() throws IOException {
        HttpApi.Response document = api().get("/asyncapi.yaml");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.contentType()).contains("yaml");
        assertThat(document.body()).isEqualTo(classpath("/" + AsyncApiController.DOCUMENT));
        save("asyncapi.yaml", document.body());
        for (EventType type : EventType.values()) {
            String name = type.typeName() + ".schema.json";
            HttpApi.Response schema = api().get(EventSchemasController.PATH + name);
            if (PublicTopics.carries(type)) {
                assertThat(schema.status()).as(name).isEqualTo(200);
                assertThat(schema.contentType()).as(name).startsWith("application/schema+json");
                assertThat(schema.body()).as(name).isEqualTo(classpath(type.schemaResource()));
                save("schemas/" + name, schema.body());
            } else {
                assertThat(schema.status()).as(name + " is internal").isEqualTo(404);
            }
        }
    }

    @Test
    void theContractsAreReadableFromAnySiteButTheAdminApiStaysOut() {
        HttpApi fromElsewhere = api().withHeader("Origin", "https://tools.example.org");

        HttpApi.Response docs = fromElsewhere.get("/v3/api-docs");
        HttpApi.Response events = fromElsewhere.get("/asyncapi.yaml");
        HttpApi.Response admin = fromElsewhere.get("/api/admin/imports");

        assertThat(docs.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(events.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(admin.status()).isEqualTo(401);
        assertThat(admin.header("Access-Control-Allow-Origin")).isNull();
    }

    private static String classpath(String resource) throws IOException {
        try (InputStream in = ApiContractsIT.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void save(String name, String content) throws IOException {
        Path file = OUT.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
