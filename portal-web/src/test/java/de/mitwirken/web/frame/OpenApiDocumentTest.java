package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document served at /openapi is valid OpenAPI 3 (swagger-parser reports nothing), complete (every
 * operation answers with a schema, every error as problem details) and describes exactly what the JAX-RS resources
 * serve: the same operations with the same path and query parameters, nothing more under /api, and outside /api
 * only the documented non-JAX-RS addresses (OParl, feeds, the open-data catalogue).
 */
class OpenApiDocumentTest {

    /** Served by other parts of the portal (servlets), documented by hand. */
    static final List<String> NOT_JAX_RS = List.of("/oparl", "/feeds/", "/opendata/");

    static SwaggerParseResult parse(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(text, null, options);
    }

    static OpenAPI document() {
        SwaggerParseResult result = parse(new String(OpenApiServlet.document(), StandardCharsets.UTF_8));
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(), "validation messages");
        assertNotNull(result.getOpenAPI());
        return result.getOpenAPI();
    }

    @Test
    void theDocumentIsValidOpenApi3WithItsVersionAndARelativeServer() {
        OpenAPI api = document();
        assertTrue(api.getOpenapi().startsWith("3."), api.getOpenapi());
        assertTrue(api.getInfo().getVersion().matches("\\d+\\.\\d+\\.\\d+"), api.getInfo().getVersion());
        assertEquals("/", api.getServers().get(0).getUrl());
    }

    @Test
    void theValidatorFindsTheMistakesOfTheGeneratedDocument() {
        // what the third-party check found in Payara's document: a top-level endpoints key and optional
        // path parameters; the same validator must report both here, or the first test would prove nothing
        String yaml = new String(OpenApiServlet.document(), StandardCharsets.UTF_8);
        String broken = yaml.replace("\ninfo:\n", "\nendpoints:\n  /api: [/api/needs]\ninfo:\n")
                .replace("      in: path\n      required: true\n      description: the number of the object",
                        "      in: path\n      required: false\n      description: the number of the object");
        assertFalse(broken.equals(yaml));
        List<String> messages = parse(broken).getMessages();
        assertTrue(messages.stream().anyMatch(m -> m.contains("endpoints")), String.valueOf(messages));
        assertTrue(messages.stream().anyMatch(m -> m.contains("required")), String.valueOf(messages));
    }

    @Test
    void everyOperationAnswersWithASchemaAndEveryErrorWithProblemDetails() {
        OpenAPI api = document();
        List<String> incomplete = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = method + " " + path;
            if (operation.getOperationId() == null || operation.getSummary() == null) {
                incomplete.add(name + ": operationId and summary");
            }
            operation.getResponses().forEach((status, given) -> {
                ApiResponse response = resolve(api, given);
                if (status.equals("default")) {
                    incomplete.add(name + ": a default response says nothing");
                } else if (status.startsWith("2") && (response.getContent() == null || response.getContent().isEmpty()
                        || response.getContent().values().stream().anyMatch(m -> m.getSchema() == null))) {
                    incomplete.add(name + " " + status + ": no content schema");
                } else if ((status.startsWith("4") || status.startsWith("5"))
                        && (response.getContent() == null || !response.getContent().keySet().equals(
                        java.util.Set.of(ApiProblem.MEDIA_TYPE)))) {
                    incomplete.add(name + " " + status + ": not " + ApiProblem.MEDIA_TYPE);
                }
            });
            if (operation.getResponses().keySet().stream().noneMatch(s -> s.startsWith("2"))) {
                incomplete.add(name + ": no success response");
            }
        }));
        assertEquals(List.of(), incomplete);
    }

    @Test
    void theDocumentListsExactlyWhatTheResourcesServe() throws Exception {
        Map<String, TreeSet<String>> served = new TreeMap<>();
        JaxRs.operations().forEach(op -> served.put(op.method() + " " + op.path(), op.parameters()));
        assertTrue(served.size() > 15, "operations found: " + served.keySet());

        OpenAPI api = document();
        Map<String, TreeSet<String>> documented = new TreeMap<>();
        List<String> strays = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (path.startsWith("/api/")) {
                documented.put(method + " " + path, parameters(api, item, operation));
            } else if (NOT_JAX_RS.stream().noneMatch(path::startsWith)) {
                strays.add(method + " " + path);
            }
        }));
        assertEquals(served, documented, "operations and their path and query parameters");
        assertEquals(List.of(), strays, "documented, but served by nothing known");
        JaxRs.operations().stream().filter(JaxRs.Op::hasBody).forEach(op -> assertNotNull(
                api.getPaths().get(op.path()).readOperationsMap().get(PathItem.HttpMethod.valueOf(op.method()))
                        .getRequestBody(), op.path() + " takes a body"));
    }

    @Test
    void theOtherPartsAddressesAreListedWithTheirMediaTypes() {
        OpenAPI api = document();
        for (String feed : List.of("needs", "answers", "roadmap", "reports", "recommendations", "meetings")) {
            ApiResponse ok = resolve(api, api.getPaths().get("/feeds/" + feed + ".atom").getGet().getResponses().get("200"));
            assertEquals(java.util.Set.of("application/atom+xml"), ok.getContent().keySet(), feed);
        }
        ApiResponse catalogue = resolve(api, api.getPaths().get("/opendata/catalog").getGet().getResponses().get("200"));
        assertEquals(java.util.Set.of("application/ld+json", "text/turtle"), catalogue.getContent().keySet());
        for (String oparl : List.of("/oparl", "/oparl/bodies", "/oparl/body/{id}", "/oparl/body/{id}/{list}",
                "/oparl/{type}/{id}")) {
            assertNotNull(api.getPaths().get(oparl), oparl);
        }
        Operation list = api.getPaths().get("/oparl/body/{id}/{list}").getGet();
        assertEquals(List.of("id", "list", "created_since", "created_until", "modified_since", "modified_until",
                "omit_internal", "page", "limit"), list.getParameters().stream().map(p -> resolve(api, p).getName()).toList());
    }

    static TreeSet<String> parameters(OpenAPI api, PathItem item, Operation operation) {
        TreeSet<String> names = new TreeSet<>();
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        for (Parameter p : all) {
            Parameter resolved = resolve(api, p);
            if (resolved.getIn().equals("path") && !Boolean.TRUE.equals(resolved.getRequired())) {
                names.add("OPTIONAL PATH PARAMETER " + resolved.getName());
            }
            names.add(resolved.getIn() + ":" + resolved.getName());
        }
        return names;
    }

    static Parameter resolve(OpenAPI api, Parameter p) {
        return p.get$ref() == null ? p
                : api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
    }

    static ApiResponse resolve(OpenAPI api, ApiResponse r) {
        return r.get$ref() == null ? r
                : api.getComponents().getResponses().get(r.get$ref().substring(r.get$ref().lastIndexOf('/') + 1));
    }
}
