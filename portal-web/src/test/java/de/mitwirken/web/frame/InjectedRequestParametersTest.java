package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The request CDI injects is the container's own, which {@link HiddenControlsFilter}'s wrapper never reaches: a bean
 * that injects it reads parameters through {@link HiddenControlsFilter#parameter} (issue #26).
 */
class InjectedRequestParametersTest {

    private static final Pattern INJECTED = Pattern.compile("@Inject\\s+(?:private\\s+)?HttpServletRequest\\s+(\\w+);");

    @Test
    void beansThatInjectTheRequestReadItsParametersCleaned() throws IOException {
        List<String> wrong = new ArrayList<>();
        int injecting = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                var injected = INJECTED.matcher(source);
                while (injected.find()) {
                    injecting++;
                    String name = injected.group(1);
                    if (Pattern.compile("\\b" + name + "\\.getParameter(Values|Map|Names)?\\(").matcher(source).find()) {
                        wrong.add(file.getFileName().toString());
                    }
                }
            }
        }
        assertTrue(injecting >= 8, "beans found that inject the request: " + injecting);
        assertEquals(List.of(), wrong);
    }
}
