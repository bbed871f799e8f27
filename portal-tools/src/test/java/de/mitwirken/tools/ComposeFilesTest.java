package de.mitwirken.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docker/compose.yaml and docker/compose.cluster.yaml without a Docker engine: both against the Compose
 * Specification's JSON Schema, and the rules that make them work together (ComposeRules), plus HAProxy's own check
 * of docker/haproxy/haproxy.cfg where haproxy is installed.
 */
class ComposeFilesTest {

    static final Path DOCKER = Path.of("..", "docker");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bothFilesFollowTheComposeSpecification() throws IOException {
        for (String file : List.of("compose.yaml", "compose.cluster.yaml")) {
            assertEquals(List.of(), schemaProblems(load(DOCKER.resolve(file))), file);
        }
    }

    @Test
    void bothFilesHoldTogether() throws IOException {
        assertEquals(List.of(), ComposeRules.problems(load(DOCKER.resolve("compose.yaml")),
                load(DOCKER.resolve("compose.cluster.yaml")), DOCKER));
    }

    @Test
    void theChecksFindABrokenFile() throws IOException {
        JsonNode single = load(DOCKER.resolve("compose.yaml"));
        ObjectNode typo = ((ObjectNode) single).deepCopy();
        ObjectNode mail = (ObjectNode) typo.at("/services/mail");
        mail.set("imgae", mail.remove("image"));
        assertFalse(schemaProblems(typo).isEmpty(), "a misspelt field is found");
        ObjectNode wrongType = ((ObjectNode) single).deepCopy();
        ((ObjectNode) wrongType.at("/services/mail")).put("ports", 8025);
        assertFalse(schemaProblems(wrongType).isEmpty(), "a number where a list belongs is found");

        ObjectNode cluster = (ObjectNode) load(DOCKER.resolve("compose.cluster.yaml"));
        ObjectNode broken = cluster.deepCopy();
        ObjectNode portal2 = (ObjectNode) broken.at("/services/portal-2");
        ((ObjectNode) portal2.get("depends_on")).putObject("db4").put("condition", "service_started");
        ((ObjectNode) portal2.get("environment")).put("DB_URL", "jdbc:mariadb:sequential://db1:3306,db2:3306/mitwirken");
        ((ObjectNode) portal2.get("environment")).remove("SMTP_PORT");
        ((ObjectNode) broken.at("/services/db3")).withArray("volumes").add("./galera/missing.cnf:/etc/x.cnf:ro");
        broken.withObject("/services").set("portal-3", broken.at("/services/portal-1").deepCopy());
        broken.withObject("/services").remove("keycloak-2");
        assertEquals(List.of(), schemaProblems(broken), "still valid Compose: only the rules see what is wrong");
        String found = String.join("\n", ComposeRules.problems(single, broken, DOCKER));
        for (String expected : List.of("portal-2 depends on db4", "portal-2: DB_URL does not name db3",
                "portal-2: environment differs from compose.yaml's portal: [SMTP_PORT]",
                "db3 mounts ./galera/missing.cnf", "portal-3 is not a server of haproxy.cfg's backend portal",
                "haproxy.cfg's backend keycloak names keycloak-2")) {
            assertTrue(found.contains(expected), () -> "not found: " + expected + " in\n" + found);
        }
    }

    @Test
    void haproxyAcceptsItsConfigurationWithoutResolvingTheServiceNames() throws Exception {
        Path haproxy = Path.of("/usr/sbin/haproxy");
        assumeTrue(Files.isExecutable(haproxy),
                "haproxy is not installed (apt-get install haproxy): docker/haproxy/haproxy.cfg NOT checked");
        Process check = new ProcessBuilder(haproxy.toString(), "-c", "-f",
                DOCKER.resolve("haproxy/haproxy.cfg").toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, check.exitValue(), output);
        // the service names do not resolve here; any other warning (e.g. a deprecated keyword) is a finding
        List<String> otherWarnings = output.lines().filter(l -> l.contains("WARNING"))
                .filter(l -> !l.contains("could not resolve address")).toList();
        assertEquals(List.of(), otherWarnings, output);
    }

    @Test
    void theImageTurnsEachPortalServicesEnvironmentIntoItsBootCommands() throws Exception {
        JsonNode single = load(DOCKER.resolve("compose.yaml"));
        JsonNode cluster = load(DOCKER.resolve("compose.cluster.yaml"));
        String one = ImageInit.postBoot(ComposeRules.environment(single.at("/services/portal")));
        assertTrue(one.contains("set-hazelcast-configuration --dynamic=true --enabled=false"), one);
        assertTrue(one.contains("DB_URL=jdbc:mariadb://mariadb:3306/mitwirken?sslMode=disable"), one);
        assertFalse(one.contains("availabilityenabled"), one);

        for (String node : List.of("portal-1", "portal-2")) {
            String boot = ImageInit.postBoot(ComposeRules.environment(cluster.at("/services/" + node)));
            assertTrue(boot.contains("--clustermode tcpip --tcpipmembers portal-1:6900,portal-2:6900"), boot);
            assertTrue(boot.contains("web-container-availability.persistence-type=hazelcast"), boot);
            assertTrue(boot.contains("DEPLOY_PROPS=--availabilityenabled=true"), boot);
            assertTrue(boot.contains("DB_URL=jdbc:mariadb:sequential://db1:3306,db2:3306,db3:3306/mitwirken"), boot);
        }
        String k8s = ImageInit.postBoot(Map.of("PORTAL_GRID_DISCOVERY", "dns",
                "PORTAL_GRID_MEMBERS", "mitwirken-portal-grid:6900", "DB_HOST", "mariadb", "DB_NAME", "mitwirken"));
        assertTrue(k8s.contains("--clustermode dns --dnsmembers mitwirken-portal-grid:6900"), k8s);
        assertTrue(k8s.contains("DB_URL=jdbc:mariadb://mariadb:3306/mitwirken?sslMode=disable"), "built: " + k8s);
        assertTrue(ImageInit.postBoot(Map.of("PORTAL_GRID_DISCOVERY", "multicast")).contains("must be off, tcpip or dns"));
    }

    @Test
    void aGaleraNodeFoundsAClusterOnlyOnTheFoundersFirstStartOrWhenTheOperatorNamesIt() throws Exception {
        assertTrue(galeraStart("db1", "db1", "", false).contains("--wsrep-new-cluster"), "db1's first start");
        assertFalse(galeraStart("db1", "db1", "", true).contains("--wsrep-new-cluster"), "db1 restarted: it joins");
        assertFalse(galeraStart("db2", "db1", "", false).contains("--wsrep-new-cluster"), "db2 joins");
        assertTrue(galeraStart("db2", "db1", "db2", true).contains("--wsrep-new-cluster"), "db2 named after a full stop");
        assertFalse(galeraStart("db3", "db1", "db2", true).contains("--wsrep-new-cluster"), "db3 joins db2");
        assertTrue(galeraStart("db3", "db1", "", true).startsWith("entrypoint: mariadbd"), "the image's entrypoint runs");
        try (ServerSocket runningPeer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertFalse(galeraStart("db1", "db1", "", false, "127.0.0.1:" + runningPeer.getLocalPort())
                    .contains("--wsrep-new-cluster"), "db1 rebuilt on an empty volume joins the running nodes");
        }
    }

    /** docker/galera/start-node.sh with the image's entrypoint replaced by one that prints its arguments. */
    private static String galeraStart(String host, String founder, String bootstrap, boolean hasState) throws Exception {
        // db2 and db3 do not resolve here: no peer answers
        return galeraStart(host, founder, bootstrap, hasState, "db1:4567,db2:4567,db3:4567");
    }

    private static String galeraStart(String host, String founder, String bootstrap, boolean hasState, String peers)
            throws Exception {
        Path dir = Files.createTempDirectory("galera-start");
        try {
            Path entrypoint = Files.writeString(dir.resolve("docker-entrypoint.sh"), "#!/bin/sh\necho \"entrypoint: $*\"\n");
            entrypoint.toFile().setExecutable(true);
            if (hasState) {
                Files.writeString(dir.resolve("grastate.dat"), "safe_to_bootstrap: 0\n");
            }
            ProcessBuilder bash = new ProcessBuilder("bash", DOCKER.resolve("galera/start-node.sh").toString(), "mariadbd")
                    .redirectErrorStream(true);
            bash.environment().clear();
            bash.environment().putAll(Map.of("PATH", dir + ":/usr/bin:/bin", "HOSTNAME", host, "GALERA_FOUNDER", founder,
                    "GALERA_BOOTSTRAP", bootstrap, "GALERA_DATADIR", dir.toString(), "GALERA_PEERS", peers));
            Process process = bash.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            return output;
        } finally {
            delete(dir);
        }
    }

    static List<String> schemaProblems(JsonNode document) {
        // loaded from its location: the schema's relative "$id" needs a base to resolve against
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(SchemaLocation.of("classpath:compose-spec/compose-spec.json"));
        return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** SnakeYAML, not Jackson: the cluster file's anchors and merge keys ("<<: *portal") resolved as Compose does. */
    static JsonNode load(Path file) throws IOException {
        Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        return JSON.valueToTree(yaml);
    }

    /** The image's docker/init_0_portal_cluster.sh, sourced by bash as the Payara image's entrypoint does. */
    static final class ImageInit {
        static String postBoot(Map<String, String> environment) throws Exception {
            Path dir = Files.createTempDirectory("portal-init");
            try {
                Files.copy(DOCKER.resolve("post-boot-commands.asadmin"), dir.resolve("portal-post-boot-commands.asadmin"));
                ProcessBuilder bash = new ProcessBuilder("bash", "-c",
                        ". \"$1\" && cat \"$POSTBOOT_COMMANDS\" && echo \"DB_URL=$DB_URL\" && echo \"DEPLOY_PROPS=$DEPLOY_PROPS\"",
                        "init", DOCKER.resolve("init_0_portal_cluster.sh").toAbsolutePath().toString())
                        .redirectErrorStream(true);
                bash.environment().clear();
                bash.environment().put("PATH", "/usr/bin:/bin");
                bash.environment().put("CONFIG_DIR", dir.toString());
                bash.environment().put("POSTBOOT_COMMANDS", dir.resolve("post-boot-commands.asadmin").toString());
                bash.environment().putAll(environment);
                Process process = bash.start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(process.waitFor(30, TimeUnit.SECONDS));
                return output;
            } finally {
                delete(dir);
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : new TreeSet<>(files.toList()).descendingSet()) {
                Files.delete(p);
            }
        }
    }
}
