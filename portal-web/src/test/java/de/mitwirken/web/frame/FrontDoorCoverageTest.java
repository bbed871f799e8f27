package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebServlet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every servlet and filter of the portal reports to the front door, so that readiness sees a broken one: servlets
 * extend PortalServlet and start with the application (load-on-startup), filters extend PortalFilter (the headers
 * filter reports by itself).
 */
class FrontDoorCoverageTest {

    @Test
    void everyServletAndFilterReportsToTheFrontDoor() throws Exception {
        List<String> wrong = new ArrayList<>();
        int servlets = 0;
        for (Class<?> type : compiledClasses()) {
            WebServlet servlet = type.getAnnotation(WebServlet.class);
            if (servlet != null) {
                servlets++;
                if (!PortalServlet.class.isAssignableFrom(type) || servlet.loadOnStartup() < 0) {
                    wrong.add(type.getName() + " (extend PortalServlet, loadOnStartup = 1)");
                }
            }
            if (type.isAnnotationPresent(WebFilter.class) && type != SecurityHeadersFilter.class
                    && !PortalFilter.class.isAssignableFrom(type)) {
                wrong.add(type.getName() + " (extend PortalFilter)");
            }
        }
        assertTrue(servlets > 10, "servlets found: " + servlets);
        assertEquals(List.of(), wrong);
    }

    private static List<Class<?>> compiledClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of(PortalServlet.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, FrontDoorCoverageTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
