package org.carefeed.choice.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.carefeed.choice.opendata.OpenDataProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's parts that no controller can say: what the API is, its licence, who to ask,
 * where it answers, its tags, and the RFC 9457 problem every error comes as. The operations, parameters
 * and response bodies come from the controllers themselves, so the document cannot drift from the code.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    static final String PROBLEM = "application/problem+json";
    static final String BAD_REQUEST = "BadRequest";
    static final String NOT_FOUND = "NotFound";

    /** Schemas from other modules, whose Javadoc is not kept for springdoc. */
    private static final Map<String, String> OTHER_MODULES = Map.of(
            "ListPage", "A page of a list: its `items`, `next` (the cursor of the following page; null on the last) "
                    + "and `total` (how many in all, where that is cheap to know; else null).",
            "Coordinates", "A position: WGS 84 latitude and longitude, in degrees.",
            "PostalAddress", "A postal address as the publisher gives it.");

    private static final Pattern CODE = Pattern.compile("<code>(.*?)</code>", Pattern.DOTALL);

    private static final String DESCRIPTION = """
            Carefeed's open data: the directory of health and care providers, the performance data the NHS \
            publishes about them, and what patients say about them (published reviews, providers' responses, \
            figures counted from reviews and complaints), for anyone to read and reuse.

            No sign-in, no API key; any web page on any site may read it (CORS, no credentials). Lists are \
            paged with an opaque `cursor`: pass a page's `next` back unchanged to get the following page. \
            Every error is an RFC 9457 problem (`application/problem+json`), with the parameters at fault \
            listed under `errors`. The same data comes as Atom and JSON feeds (`/feeds`) and as CSV files \
            described column by column (`/downloads`). The events behind it are described in AsyncAPI at \
            `/asyncapi.yaml`.

            Licence: the directory, indicators and figures under the published-data licence below; the \
            reviews and responses under the licence each feed and download names (the Open Government \
            Licence v3.0 unless a deployment says otherwise).""";

    @Bean
    OpenAPI carefeedOpenApi(ApiContractProperties contract, OpenDataProperties openData) {
        ApiContractProperties.Contact who = contract.contact();
        return new OpenAPI()
                .info(new Info().title("Carefeed open data API").version("1")
                        .summary("Find and compare health and care providers, and read what patients say about them.")
                        .description(DESCRIPTION)
                        .license(new License().name(openData.publishedDataLicence().name())
                                .url(openData.publishedDataLicence().url()))
                        .contact(who == null ? null : new Contact().name(who.name()).email(who.email()).url(who.url())))
                .servers(contract.servers().stream()
                        .map(server -> new Server().url(server.url()).description(server.description())).toList())
                .tags(List.of(
                        tag(Tags.PROVIDERS, "The provider directory: search, profiles, comparison."),
                        tag(Tags.REVIEWS, "Patients' published reviews and the figures counted from them."),
                        tag(Tags.FEEDS, "Published reviews as Atom 1.0 and JSON Feed 1.1, newest first."),
                        tag(Tags.DOWNLOADS, "The whole open data as CSV files, with a column dictionary.")))
                .components(new Components()
                        .addSchemas("Problem", problemSchema())
                        .addResponses(BAD_REQUEST, problem("A parameter is not valid; `errors` names it and says why.",
                                Map.of("status", 400, "title", "Bad Request",
                                        "detail", "The request has parameters that are not valid.",
                                        "instance", "/api/providers",
                                        "errors", List.of(Map.of("field", "limit",
                                                "message", "must be from 1 to 100")))))
                        .addResponses(NOT_FOUND, problem("There is no such provider, organisation, type or download.",
                                Map.of("status", 404, "title", "Not Found",
                                        "detail", "There is no provider ZZ999 in the directory.",
                                        "instance", "/api/providers/ZZ999"))));
    }

    /**
     * An operation answers a parameter it cannot use with a 400 problem naming it: said once here rather
     * than on each method.
     */
    @Bean
    OpenApiCustomizer badRequestsAreProblems() {
        return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().stream()
                .filter(operation -> operation.getParameters() != null && !operation.getParameters().isEmpty())
                .forEach(OpenApiDocument::answersBadRequest));
    }

    /**
     * Schema descriptions come from the records' Javadoc: as one line each, in Markdown rather than HTML,
     * and for the few records of other modules, whose Javadoc is not kept, said here.
     */
    @Bean
    OpenApiCustomizer schemaDescriptions() {
        return openApi -> openApi.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getDescription() == null) {
                schema.setDescription(OTHER_MODULES.entrySet().stream().filter(e -> name.startsWith(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null));
            }
            tidy(schema);
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(property -> tidy((Schema<?>) property));
            }
        });
    }

    private static void tidy(Schema<?> schema) {
        if (schema.getDescription() != null) {
            schema.setDescription(CODE.matcher(schema.getDescription().strip().replaceAll("\\s+", " "))
                    .replaceAll("`$1`"));
        }
    }

    private static void answersBadRequest(Operation operation) {
        ApiResponses responses = new ApiResponses();
        operation.getResponses().put("400", new ApiResponse().$ref("#/components/responses/" + BAD_REQUEST));
        // In status order, as a reader scans them.
        operation.getResponses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(response -> responses.addApiResponse(response.getKey(), response.getValue()));
        operation.setResponses(responses);
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> problemSchema() {
        Schema<Object> field = new ObjectSchema()
                .addProperty("field", text("The parameter or field at fault, as sent."))
                .addProperty("message", text("What is wrong with it, in words a person can act on."));
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", text("`about:blank`: the status says it all.").format("uri-reference"));
        properties.put("title", text("The status's name."));
        properties.put("status", new IntegerSchema().description("The HTTP status code."));
        properties.put("detail", text("What went wrong with this request, for a person to read."));
        properties.put("instance", text("The path that was asked for.").format("uri-reference"));
        properties.put("errors", new ArraySchema().items(field)
                .description("The parameters at fault, one entry each (400 only)."));
        return new ObjectSchema().description("An RFC 9457 problem detail.").properties(properties);
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }

    private static Schema<String> text(String description) {
        return new StringSchema().description(description);
    }

    private static ApiResponse problem(String description, Map<String, Object> example) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))
                        .addExamples("problem", new Example().value(example))));
    }
}
