package de.mitwirken.tools.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The schedule shared with scripts/cluster-test.sh: a text file of lines "EPOCH_MILLIS EVENT [NAME]". The
 * script appends "up portal-1" when an instance is back after its restart ("up all" after a rolling redeploy);
 * the driver appends "rush-start" when its rush begins (the script kills an instance then).
 */
final class Events {

    private final Path file;

    Events(Path file) {
        this.file = file;
    }

    synchronized void append(String event) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, System.currentTimeMillis() + " " + event + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("could not write the event " + event + " to " + file + ": " + e);
        }
    }

    /** When the instance (or all instances) came back after a restart later than the given time, else -1. */
    long upAfter(String instance, long sinceMillis) {
        if (file == null || !Files.exists(file)) {
            return -1;
        }
        try {
            return upAfter(Files.readAllLines(file, StandardCharsets.UTF_8), instance, sinceMillis);
        } catch (IOException e) {
            return -1;
        }
    }

    static long upAfter(List<String> lines, String instance, long sinceMillis) {
        for (String line : lines) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 3 && f[1].equals("up") && (f[2].equals(instance) || f[2].equals("all"))) {
                long at = Long.parseLong(f[0]);
                if (at > sinceMillis) {
                    return at;
                }
            }
        }
        return -1;
    }
}
