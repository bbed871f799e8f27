package de.mitwirken.web.frame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Properties files read as written, for MessageBundlesTest: java.util.Properties would hide a key written
 * twice and the line it is on.
 */
final class PropertiesEntries {

    private PropertiesEntries() {
    }

    /** One key as written in a file: its line, and its value with escapes and continuations resolved. */
    record Entry(String key, String value, int line) {
    }

    static List<Entry> entries(Path file) {
        List<String> lines = List.of(read(file).split("\r?\n", -1));
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripLeading();
            int first = i + 1;
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            StringBuilder logical = new StringBuilder();
            while (endsWithContinuation(line) && i + 1 < lines.size()) {
                logical.append(line, 0, line.length() - 1);
                line = lines.get(++i).stripLeading();
            }
            logical.append(line);
            entries.add(entry(logical.toString(), first));
        }
        return entries;
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static Entry entry(String logical, int line) {
        StringBuilder key = new StringBuilder();
        int i = 0;
        for (; i < logical.length(); i++) {
            char c = logical.charAt(i);
            if (c == '\\' && i + 1 < logical.length()) {
                key.append(logical.charAt(++i));
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            } else {
                key.append(c);
            }
        }
        while (i < logical.length() && Character.isWhitespace(logical.charAt(i))) {
            i++;
        }
        if (i < logical.length() && (logical.charAt(i) == '=' || logical.charAt(i) == ':')) {
            i++;
        }
        String value = logical.substring(i).stripLeading().replace("\\n", "\n").replace("\\t", "\t");
        return new Entry(key.toString(), value, line);
    }

    static Map<String, String> firstValues(List<Entry> entries) {
        Map<String, String> values = new LinkedHashMap<>();
        entries.forEach(e -> values.putIfAbsent(e.key(), e.value()));
        return values;
    }

    static Map<String, String> values(Path file) {
        return firstValues(entries(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
