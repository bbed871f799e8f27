package de.mitwirken.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One deployment of the portal for every test that acts as a client (browser, HTTP): deployed before the first
 * such class of a test JVM and undeployed when the JVM's test run ends. Deploying the EAR for each class cost
 * about 30 s a class (30 classes: a quarter of the whole run); the client tests share the database anyway, so a
 * fresh deployment per class bought no isolation. Tests that run inside the server carry
 * {@code @Tag(SharedPortal.IN_SERVER)}, deploy their own archive through Arquillian, and run in a failsafe
 * execution of their own before the client tests (portal-ear/pom.xml), so the two never meet.
 */
public final class SharedPortal implements BeforeAllCallback {

    /** The tag of test classes that deploy themselves into the server (Arquillian, in-container). */
    public static final String IN_SERVER = "in-server";

    private static final String NAME = "portal";

    @Override
    public void beforeAll(ExtensionContext context) {
        // the root store lives as long as the test run of this JVM and closes its resources at the end
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedPortal.class, key -> deploy(), Deployed.class);
    }

    private static Deployed deploy() {
        File ear = new File(System.getProperty("java.io.tmpdir"), "mitwirken-shared-" + ProcessHandle.current().pid() + ".ear");
        Deployments.portal().as(ZipExporter.class).exportTo(ear, true);
        asadmin("deploy", "--force=true", "--name", NAME, ear.getAbsolutePath());
        return new Deployed(ear);
    }

    private static void asadmin(String... command) {
        String home = Objects.requireNonNull(System.getProperty("it.payara.home"), "it.payara.home");
        List<String> line = new ArrayList<>(List.of(home + "/bin/asadmin", "--interactive=false", "--port",
                System.getProperty("it.payara.adminPort", "28048")));
        line.addAll(List.of(command));
        try {
            Path log = Files.createTempFile("asadmin", ".log");
            Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", line) + " failed:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", line), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", line), e);
        }
    }

    /** The deployment, undeployed (and its file removed) when the run ends. */
    private record Deployed(File ear) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                asadmin("undeploy", NAME);
            } finally {
                Files.deleteIfExists(ear.toPath());
            }
        }
    }
}
