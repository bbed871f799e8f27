package de.mitwirken.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Compose Specification cannot see: references between services, files and HAProxy's configuration, and
 * that the cluster file is compose.yaml with its parts multiplied (same images, same variables for the portal, every
 * Galera node in the database URLs). Each problem is one readable line.
 */
final class ComposeRules {

    private static final Pattern SERVER = Pattern.compile("^\\s*server\\s+\\S+\\s+([^\\s:]+):\\d+");
    private static final Pattern BACKEND = Pattern.compile("^\\s*backend\\s+(\\S+)");

    private ComposeRules() {
    }

    static List<String> problems(JsonNode single, JsonNode cluster, Path docker) throws IOException {
        List<String> problems = new ArrayList<>();
        references("compose.yaml", single, docker, problems);
        references("compose.cluster.yaml", cluster, docker, problems);

        Set<String> portals = servicesWhere(cluster, s -> s.at("/build/dockerfile").asText().equals("docker/Dockerfile"));
        Set<String> keycloaks = servicesWhere(cluster, s -> s.path("image").asText().startsWith("quay.io/keycloak/"));
        Set<String> galera = servicesWhere(cluster, s -> s.path("volumes").toString().contains("galera.cnf:"));
        if (portals.size() < 2 || keycloaks.size() < 2 || galera.size() < 3) {
            problems.add("compose.cluster.yaml: expected two portal, two Keycloak and three Galera services, found "
                    + portals + " " + keycloaks + " " + galera);
        }
        for (String node : galera) {
            JsonNode service = cluster.at("/services/" + node);
            // docker/galera/start-node.sh knows the founder and the node to bootstrap by their host names
            if (!node.equals(service.path("hostname").asText())) {
                problems.add(node + ": hostname must be the service's name (docker/galera/start-node.sh)");
            }
            if (!galera.contains(environment(service).get("GALERA_FOUNDER"))) {
                problems.add(node + ": GALERA_FOUNDER names no Galera service");
            }
        }
        Map<String, Set<String>> backends = haproxyBackends(docker.resolve("haproxy/haproxy.cfg"));
        sameServers("portal", portals, backends, problems);
        sameServers("keycloak", keycloaks, backends, problems);

        JsonNode portal = single.at("/services/portal");
        Set<String> names = environment(portal).keySet();
        for (String node : portals) {
            JsonNode service = cluster.at("/services/" + node);
            Set<String> differ = new TreeSet<>(names);
            differ.addAll(environment(service).keySet());
            differ.removeIf(name -> names.contains(name) && environment(service).containsKey(name));
            if (!differ.isEmpty()) {
                problems.add(node + ": environment differs from compose.yaml's portal: " + differ);
            }
            namesAllNodes(node, "DB_URL", environment(service).get("DB_URL"), galera, problems);
            sameAs(node, "build", portal.path("build"), service.path("build"), problems);
            sameAs(node, "image", portal.path("image"), service.path("image"), problems);
        }
        for (String node : keycloaks) {
            JsonNode service = cluster.at("/services/" + node);
            namesAllNodes(node, "KC_DB_URL", environment(service).get("KC_DB_URL"), galera, problems);
            sameAs(node, "image", single.at("/services/keycloak/image"), service.path("image"), problems);
            // the same realm import
            sameAs(node, "volumes", single.at("/services/keycloak/volumes"), service.path("volumes"), problems);
        }
        single.path("services").fieldNames().forEachRemaining(name -> {
            if (cluster.at("/services/" + name).isObject()) {
                sameAs(name, "image", single.at("/services/" + name + "/image"),
                        cluster.at("/services/" + name + "/image"), problems);
            }
        });
        String keycloakVersion = pomProperty(docker.resolve("../pom.xml"), "keycloak.version");
        if (!single.at("/services/keycloak/image").asText().endsWith(":" + keycloakVersion)) {
            problems.add("compose.yaml: keycloak's image is not the version of pom.xml (" + keycloakVersion + ")");
        }
        return problems;
    }

    /** Images or builds that exist, services that exist, mounted files that exist, volumes that are declared. */
    private static void references(String label, JsonNode compose, Path docker, List<String> problems) {
        Set<String> services = new TreeSet<>();
        compose.path("services").fieldNames().forEachRemaining(services::add);
        compose.path("services").fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            JsonNode service = entry.getValue();
            if (!service.hasNonNull("image") && !service.has("build")) {
                problems.add(label + ": " + name + " has neither image nor build");
            }
            if (service.has("build")) {
                Path context = docker.resolve(service.at("/build/context").asText("."));
                Path dockerfile = context.resolve(service.at("/build/dockerfile").asText("Dockerfile"));
                if (!Files.isRegularFile(dockerfile)) {
                    problems.add(label + ": " + name + " builds from " + dockerfile + ", which does not exist");
                }
            }
            JsonNode dependsOn = service.path("depends_on");
            List<String> dependencies = new ArrayList<>();
            if (dependsOn.isArray()) {
                dependsOn.forEach(d -> dependencies.add(d.asText()));
            } else {
                dependsOn.fieldNames().forEachRemaining(dependencies::add);
            }
            dependencies.stream().filter(d -> !services.contains(d))
                    .forEach(d -> problems.add(label + ": " + name + " depends on " + d + ", no such service"));
            for (JsonNode volume : service.path("volumes")) {
                String source = volume.isTextual() ? volume.asText().split(":")[0] : volume.path("source").asText();
                if (source.startsWith(".") || source.startsWith("/")) {
                    if (!Files.exists(docker.resolve(source))) {
                        problems.add(label + ": " + name + " mounts " + source + ", which does not exist");
                    }
                } else if (!compose.path("volumes").has(source)) {
                    problems.add(label + ": " + name + " uses volume " + source + ", which is not declared");
                }
            }
        });
    }

    private static void sameServers(String backend, Set<String> services, Map<String, Set<String>> backends,
            List<String> problems) {
        Set<String> servers = backends.getOrDefault(backend, Set.of());
        services.stream().filter(s -> !servers.contains(s))
                .forEach(s -> problems.add(s + " is not a server of haproxy.cfg's backend " + backend));
        servers.stream().filter(s -> !services.contains(s)).forEach(s -> problems.add("haproxy.cfg's backend "
                + backend + " names " + s + ", which is not such a service of compose.cluster.yaml"));
    }

    private static void namesAllNodes(String service, String variable, String url, Set<String> nodes,
            List<String> problems) {
        String hosts = url == null ? "" : url.replaceFirst("^[^/]*//", "").replaceFirst("/.*", "");
        Set<String> named = new TreeSet<>();
        for (String host : hosts.split(",")) {
            named.add(host.split(":")[0]);
        }
        nodes.stream().filter(n -> !named.contains(n))
                .forEach(n -> problems.add(service + ": " + variable + " does not name " + n));
        if (url != null && nodes.size() > 1 && !url.startsWith("jdbc:mariadb:sequential:")) {
            problems.add(service + ": " + variable + " must be sequential (one writer at a time): " + url);
        }
    }

    private static void sameAs(String service, String what, JsonNode expected, JsonNode actual, List<String> problems) {
        if (!expected.equals(actual)) {
            problems.add(service + ": " + what + " " + actual + " differs from compose.yaml's " + expected);
        }
    }

    private static Set<String> servicesWhere(JsonNode compose, java.util.function.Predicate<JsonNode> test) {
        Set<String> names = new TreeSet<>();
        compose.path("services").fields().forEachRemaining(e -> {
            if (test.test(e.getValue())) {
                names.add(e.getKey());
            }
        });
        return names;
    }

    /** A service's environment, written as a map or as a list of NAME=value. */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> environment = new LinkedHashMap<>();
        JsonNode env = service.path("environment");
        if (env.isArray()) {
            env.forEach(e -> environment.put(e.asText().split("=", 2)[0],
                    e.asText().contains("=") ? e.asText().split("=", 2)[1] : ""));
        } else {
            env.fields().forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText()));
        }
        return environment;
    }

    static Map<String, Set<String>> haproxyBackends(Path config) throws IOException {
        Map<String, Set<String>> backends = new TreeMap<>();
        String current = null;
        for (String line : Files.readAllLines(config)) {
            Matcher backend = BACKEND.matcher(line);
            Matcher server = SERVER.matcher(line);
            if (backend.find()) {
                current = backend.group(1);
                backends.put(current, new TreeSet<>());
            } else if (!line.isBlank() && !line.startsWith("#") && !Character.isWhitespace(line.charAt(0))) {
                current = null;
            } else if (current != null && server.find()) {
                backends.get(current).add(server.group(1));
            }
        }
        return backends;
    }

    private static String pomProperty(Path pom, String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(pom));
        return m.find() ? m.group(1) : "(none)";
    }
}
