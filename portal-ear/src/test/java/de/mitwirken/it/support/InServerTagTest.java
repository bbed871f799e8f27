package de.mitwirken.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A test class that deploys its own archive must run in the failsafe execution of in-server tests: in the
 * client execution its deployment would collide with the shared one ({@link SharedPortal}).
 */
class InServerTagTest {

    @Test
    void everyClassWithItsOwnDeploymentIsTaggedInServer() throws IOException {
        Path classes = Path.of("target", "test-classes");
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.map(p -> classes.relativize(p).toString())
                    .filter(n -> n.endsWith("IT.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
        assertTrue(names.size() > 20, "the integration tests were found: " + names);
        List<String> untagged = names.stream().map(InServerTagTest::load)
                .filter(c -> Arrays.stream(c.getDeclaredMethods()).anyMatch(InServerTagTest::deploys))
                .filter(c -> c.getAnnotation(Tag.class) == null
                        || !SharedPortal.IN_SERVER.equals(c.getAnnotation(Tag.class).value()))
                .map(Class::getName).toList();
        assertEquals(List.of(), untagged, "deploy their own archive but lack @Tag(SharedPortal.IN_SERVER)");
    }

    private static boolean deploys(Method method) {
        return method.isAnnotationPresent(Deployment.class);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, InServerTagTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
