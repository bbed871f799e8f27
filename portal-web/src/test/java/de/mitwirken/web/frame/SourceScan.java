package de.mitwirken.web.frame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reading the Java code of portal-web and portal-ejb for MessageBundlesTest: the keys it passes and builds. */
final class SourceScan {

    private static final List<Path> JAVA = List.of(Path.of("src/main/java"), Path.of("../portal-ejb/src/main/java"));

    private SourceScan() {
    }

    static List<Path> javaSources() {
        List<Path> sources = new ArrayList<>();
        for (Path root : JAVA) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    /** The argument text of every call of {@code call} in a source (nested parentheses and strings respected). */
    static List<String> callArguments(String source, String call) {
        List<String> found = new ArrayList<>();
        int from = 0;
        while ((from = source.indexOf(call, from)) >= 0) {
            int start = from + call.length();
            boolean partOfLongerName = from > 0 && Character.isJavaIdentifierPart(source.charAt(from - 1))
                    && Character.isJavaIdentifierStart(call.charAt(0));
            from = start;
            if (partOfLongerName) {
                continue;
            }
            int depth = 1;
            int i = start;
            for (; i < source.length() && depth > 0; i++) {
                char c = source.charAt(i);
                if (c == '"') {
                    for (i++; i < source.length() && source.charAt(i) != '"'; i++) {
                        if (source.charAt(i) == '\\') {
                            i++;
                        }
                    }
                } else if (c == '\'') {
                    int end = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
                    i = end < 0 ? source.length() : end;
                } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
                    int end = source.indexOf('\n', i);
                    i = end < 0 ? source.length() : end;
                } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
                    int end = source.indexOf("*/", i + 2);
                    i = end < 0 ? source.length() : end + 1;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            }
            found.add(source.substring(start, Math.max(start, i - 1)));
        }
        return found;
    }

    /** The string literals passed as the last argument of a helper's calls in the sources under {@code path}. */
    static List<String> lastArguments(String path, String... calls) {
        Path base = Path.of("../portal-ejb/src/main/java/de/mitwirken").resolve(path);
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(base)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> sources.add(read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Pattern last = Pattern.compile(",\\s*\"([A-Za-z]+)\"\\s*$");
        Set<String> fields = new TreeSet<>();
        for (String source : sources) {
            for (String call : calls) {
                for (String arguments : callArguments(source, call)) {
                    Matcher m = last.matcher(arguments);
                    if (m.find()) {
                        fields.add(m.group(1));
                    }
                }
            }
        }
        return List.copyOf(fields);
    }

    /** Group 1 of every match of {@code regex} in one source under de/mitwirken of portal-ejb. */
    static List<String> literals(String path, String regex) {
        Matcher m = Pattern.compile(regex).matcher(read(Path.of("../portal-ejb/src/main/java/de/mitwirken").resolve(path)));
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return List.copyOf(found);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
