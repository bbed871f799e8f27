package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.platform.boundary.Roles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Views ask the capabilities' policy beans (needsPolicy, backlogPolicy, …), never a role: who may do what stands in
 * one place, the capability's XxxPermissions, and a page with its own role test would drift from it.
 */
class ViewsNameNoRoleTest {

    static final Path VIEWS = Path.of("src/main/webapp");
    static final Pattern EXPRESSION = Pattern.compile("[#$]\\{[^}]*}");

    @Test
    void noViewTestsARole() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> views = views();
        for (Path view : views) {
            String[] lines = Files.readString(view, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                for (String found : roleTests(lines[i])) {
                    wrong.add(VIEWS.relativize(view) + ":" + (i + 1) + " names " + found);
                }
            }
        }
        assertTrue(views.size() > 50, "views found: " + views.size());
        assertEquals(List.of(), wrong, "ask the capability's policy bean instead");
    }

    /**
     * The role tests, and role names quoted in an expression (#{...}): a role name elsewhere, such as a ui:param
     * called "moderator", is a name, not a test.
     */
    static List<String> roleTests(String line) {
        List<String> found = new ArrayList<>();
        for (String test : List.of("hasRole(", "isUserInRole(")) {
            if (line.contains(test)) {
                found.add(test);
            }
        }
        Matcher expression = EXPRESSION.matcher(line);
        while (expression.find()) {
            for (String role : Roles.ALL) {
                if (expression.group().contains("'" + role + "'") || expression.group().contains("\"" + role + "\"")) {
                    found.add("'" + role + "'");
                }
            }
        }
        return found;
    }

    @Test
    void findsRoleTestsAndQuotedRoleNames() {
        assertEquals(List.of("hasRole(", "'strategy-office'"),
                roleTests("rendered=\"#{currentUser.hasRole('strategy-office')}\""));
        assertEquals(List.of("'moderator'"), roleTests("value=\"#{roles.contains(\"moderator\")}\""));
        assertEquals(List.of("isUserInRole("), roleTests("#{request.isUserInRole(role)}"));
        assertEquals(List.of(), roleTests("<ui:param name=\"moderator\" value=\"#{needsPolicy.mayModerate()}\"/>"));
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
        }
    }
}
