package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.backlog.entity.Score;
import de.mitwirken.board.entity.Constituency;
import de.mitwirken.needs.boundary.NeedDetail;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.Outcome;
import de.mitwirken.needs.entity.SubmitterType;
import de.mitwirken.strategy.StrategyField;
import de.mitwirken.web.backlog.ItemApi;
import de.mitwirken.web.backlog.KpisResource;
import de.mitwirken.web.conference.ConferenceResource;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The schemas of the OpenAPI document are true: what the resources return, written as Payara writes it (JSON-B by
 * Yasson) with every component filled, fits the documented success schema of its operation, property by property;
 * the error records fit the problem schemas; every example fits its schema; the enums name the Java enums' values.
 */
class OpenApiSchemasTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** What the operations that answer a Response send on success (the others: their return type). */
    private static final Map<String, Supplier<Object>> RESPONSE_BODIES = Map.of(
            "NeedsResource.need", () -> withoutPrivate((NeedDetail) Samples.of(NeedDetail.class)),
            "NeedsResource.cluster", () -> Samples.of(PublicNeeds.ClusterView.class),
            "BacklogResource.item", () -> Samples.of(ItemApi.Detail.class),
            "KpisResource.kpi", () -> Samples.of(KpisResource.Kpi.class),
            "ConferenceResource.conference", () -> Samples.of(ConferenceResource.Conference.class),
            "ConferenceResource.register", () -> Samples.of(ConferenceResource.Registered.class));

    private final OpenAPI api = OpenApiDocumentTest.document();

    @Test
    void whatEachOperationReturnsFitsItsDocumentedSchema() {
        SchemaCheck check = new SchemaCheck(api, Samples.TEXT); // a String component may carry an enum's name
        int checked = 0;
        for (JaxRs.Op op : JaxRs.operations()) {
            Method m = op.javaMethod();
            String name = m.getDeclaringClass().getSimpleName() + "." + m.getName();
            Object body;
            if (m.getReturnType() == Response.class) {
                assertTrue(RESPONSE_BODIES.containsKey(name), name + " answers a Response: name its body above");
                body = RESPONSE_BODIES.get(name).get();
            } else {
                Type type = m.getGenericReturnType();
                body = Samples.of(type);
            }
            Operation operation = api.getPaths().get(op.path()).readOperationsMap().get(PathItem.HttpMethod.valueOf(op.method()));
            ApiResponse ok = operation.getResponses().entrySet().stream().filter(e -> e.getKey().startsWith("2"))
                    .map(Map.Entry::getValue).findFirst().orElseThrow();
            check.check(written(body), ok.getContent().get("application/json").getSchema(), name);
            checked++;
        }
        assertTrue(checked > 15, "operations checked: " + checked);
        assertEquals(List.of(), check.errors());
    }

    @Test
    void theErrorRecordsFitTheProblemSchemas() {
        SchemaCheck check = new SchemaCheck(api, Samples.TEXT);
        check.check(written(Samples.of(ApiProblem.class)), schema("ProblemDetails"), "ApiProblem");
        check.check(written(ApiProblem.notFoundProblem("No need 9.")), schema("ProblemDetails"), "notFound");
        check.check(written(Samples.of(ConferenceResource.Refusal.class)), schema("ConferenceProblem"), "Refusal");
        assertEquals(List.of(), check.errors());
    }

    @Test
    void theCheckFindsAnUndeclaredPropertyAndAMissingRequiredOne() {
        // the check above must be able to fail: a record with a property more, and one without a required one
        SchemaCheck check = new SchemaCheck(api);
        check.check(Json.mapper().valueToTree(Map.of("type", "about:blank", "status", 404, "extra", 1)),
                schema("ProblemDetails"), "p");
        assertEquals(List.of("p.extra: not in the schema", "p.title: required, but missing"), check.errors());
    }

    @Test
    void everyExampleFitsItsSchema() {
        SchemaCheck check = new SchemaCheck(api);
        List<String> seen = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getRequestBody() != null) {
                examples(check, operation.getRequestBody().getContent(), method + " " + path + " body", seen);
            }
            operation.getResponses().forEach((status, r) ->
                    examples(check, OpenApiDocumentTest.resolve(api, r).getContent(), method + " " + path + " " + status, seen));
        }));
        assertTrue(seen.size() >= 10, "examples: " + seen);
        assertEquals(List.of(), check.errors());
    }

    @Test
    void theEnumsNameTheValuesOfTheJavaEnums() {
        Map<String, Class<? extends Enum<?>>> enums = Map.of("StrategyField", StrategyField.class, "Horizon", Horizon.class,
                "NeedStatus", NeedStatus.class, "Outcome", Outcome.class, "SubmitterType", SubmitterType.class,
                "ScoreKind", Score.Kind.class, "ScoreSource", Score.Source.class, "Constituency", Constituency.class);
        enums.forEach((name, type) -> assertEquals(
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(), schema(name).getEnum(), name));
    }

    private void examples(SchemaCheck check, Content content, String at, List<String> seen) {
        if (content == null) {
            return;
        }
        content.forEach((type, media) -> {
            if (media.getExample() != null) {
                seen.add(at);
                check.check(Json.mapper().valueToTree(media.getExample()), media.getSchema(), at + " example");
            }
        });
    }

    @SuppressWarnings("rawtypes")
    private Schema schema(String name) {
        return api.getComponents().getSchemas().get(name);
    }

    private static JsonNode written(Object body) {
        try {
            return Json.mapper().readTree(JSONB.toJson(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The resource's own step that takes private fields out (package-private there). */
    private static Object withoutPrivate(NeedDetail detail) {
        try {
            Method m = Class.forName("de.mitwirken.web.needs.NeedsResource").getDeclaredMethod("withoutPrivate", NeedDetail.class);
            m.setAccessible(true);
            return m.invoke(null, detail);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
