package de.mitwirken.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every manifest under docker/k8s/ against the JSON Schema of the Kubernetes types (fabric8's, generated from the
 * API types), made strict: an unknown or misspelt field is an error, as it is for kubectl's server-side validation.
 * Also what issue #27 asks of the portal's pods: readiness and liveness on Payara's health endpoints.
 */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("..", "docker", "k8s");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static ObjectNode definitions;

    @BeforeAll
    static void loadSchema() throws IOException {
        definitions = JsonNodeFactory.instance.objectNode();
        ObjectMapper json = new ObjectMapper();
        // each model jar (core types inside apps', policy's own) has its own schema/validation-schema.json
        for (URL schema : Collections.list(KubernetesManifestsTest.class.getClassLoader()
                .getResources("schema/validation-schema.json"))) {
            try (InputStream in = schema.openStream()) {
                definitions.setAll((ObjectNode) json.readTree(in).get("definitions"));
            }
        }
        definitions.fieldNames().forEachRemaining(name -> strict(definitions.get(name)));
        // written as objects for Java; in a manifest they are a number or a string ("8080", "http", "500m", "2Gi")
        definitions.set("kubernetes_apimachinery_pkg_util_intstr_IntOrString", typeOf("integer", "string"));
        definitions.set("k8s_io_apimachinery_pkg_api_resource_Quantity", typeOf("number", "string"));
    }

    @Test
    void everyManifestIsValidKubernetes() throws IOException {
        Map<String, List<String>> problems = new TreeMap<>();
        List<Path> files = files();
        assertFalse(files.isEmpty(), "no manifests in " + MANIFESTS.toAbsolutePath());
        int documents = 0;
        for (Path file : files) {
            for (JsonNode document : documents(file)) {
                documents++;
                List<String> found = problems(document);
                if (!found.isEmpty()) {
                    problems.put(file.getFileName() + " " + document.path("kind").asText() + "/"
                            + document.path("metadata").path("name").asText(), found);
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> "invalid manifests: " + problems);
        assertTrue(documents >= 6, "ConfigMap, Deployment, two Services, the budget, the external services: " + documents);
    }

    @Test
    void theCheckCatchesAMisspeltFieldAWrongTypeAndAnUnknownKind() throws IOException {
        ObjectNode deployment = (ObjectNode) deployment();
        assertEquals(List.of(), problems(deployment));

        ObjectNode typo = deployment.deepCopy();
        ObjectNode container = (ObjectNode) typo.at("/spec/template/spec/containers/0");
        container.set("readinesProbe", container.remove("readinessProbe"));
        assertFalse(problems(typo).isEmpty(), "a misspelt field is found");

        ObjectNode wrongType = deployment.deepCopy();
        ((ObjectNode) wrongType.get("spec")).put("replicas", "two");
        assertFalse(problems(wrongType).isEmpty(), "a string where a number belongs is found");

        ObjectNode unknown = deployment.deepCopy();
        unknown.put("kind", "Deploymnet");
        assertFalse(problems(unknown).isEmpty(), "an unknown kind is found");
    }

    @Test
    void thePortalsPodsAreReadyOnlyWhenPayaraSaysSoAndLiveOnItsLivenessCheck() throws IOException {
        JsonNode container = deployment().at("/spec/template/spec/containers/0");
        assertEquals("/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/health/ready", container.at("/startupProbe/httpGet/path").asText());
        assertEquals("/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals(0, deployment().at("/spec/strategy/rollingUpdate/maxUnavailable").asInt(-1),
                "a rolling update keeps every serving pod until its successor is ready");
    }

    private static List<String> problems(JsonNode document) {
        String definition = definitionOf(document.path("apiVersion").asText(), document.path("kind").asText());
        if (!definitions.has(definition)) {
            return List.of("no such type: " + document.path("apiVersion").asText() + " " + document.path("kind").asText());
        }
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("$ref", "#/definitions/" + definition);
        schema.set("definitions", definitions);
        Set<ValidationMessage> messages = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema)
                .validate(document);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** "apps/v1" Deployment → kubernetes_apps_Deployment; "policy/v1" → kubernetes_policy_v1_…; "v1" → core. */
    private static String definitionOf(String apiVersion, String kind) {
        if (!apiVersion.contains("/")) {
            return "kubernetes_core_" + kind;
        }
        String group = apiVersion.substring(0, apiVersion.indexOf('/')).split("\\.")[0];
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String versioned = "kubernetes_" + group + "_" + version + "_" + kind;
        return definitions.has(versioned) ? versioned : "kubernetes_" + group + "_" + kind;
    }

    /** Objects with named fields take no others; fabric8's draft-3 style "required": true is dropped. */
    private static void strict(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("required") && object.get("required").isBoolean()) {
                object.remove("required");
            }
            if (object.has("properties") && object.path("additionalProperties").isBoolean()) {
                object.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                strict(children.next());
            }
        } else if (node != null && node.isArray()) {
            node.forEach(KubernetesManifestsTest::strict);
        }
    }

    private static ObjectNode typeOf(String... types) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.putArray("type").addAll(Stream.of(types).map(JsonNodeFactory.instance::textNode).toList());
        return schema;
    }

    private static JsonNode deployment() throws IOException {
        return documents(MANIFESTS.resolve("portal-deployment.yaml")).get(0);
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> listed = Files.list(MANIFESTS)) {
            return listed.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(d -> {
                if (d != null && !d.isEmpty()) {
                    documents.add(d);
                }
            });
        }
        return documents;
    }
}
