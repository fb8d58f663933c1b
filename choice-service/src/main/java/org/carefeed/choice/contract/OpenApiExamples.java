package org.carefeed.choice.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives each JSON operation an example answer, from {@code contracts/examples/<operationId>.json}: whole
 * response bodies are easier to read, review and keep right as files than as strings in annotations. The
 * build's Spectral lint checks each one against its response schema, and ApiContractsIT that it uses no
 * property the schema does not have.
 */
@Component
class OpenApiExamples implements OpenApiCustomizer {

    static final String FOLDER = "contracts/examples/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(OpenApiExamples::addExample));
    }

    private static void addExample(Operation operation) {
        ClassPathResource file = new ClassPathResource(FOLDER + operation.getOperationId() + ".json");
        ApiResponse ok = operation.getResponses().get("200");
        if (!file.exists() || ok == null || ok.getContent() == null) {
            return;
        }
        MediaType json = ok.getContent().get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
        if (json != null) {
            json.addExamples("example", new Example().summary("An example answer").value(read(file)));
        }
    }

    private static Object read(ClassPathResource file) {
        try (InputStream in = file.getInputStream()) {
            return JSON.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
