package de.mitwirken.web.council;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * Writes one OParl object: OParl forbids {@code null} (spec 2.4), so a property without a value is left out, as is
 * an empty list; times are ISO 8601 with the Berlin offset, to the second (e.g. 2026-12-06T10:00:00+01:00).
 */
final class OparlJson {

    static final String SCHEMA = "https://schema.oparl.org/1.1/";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final JsonObjectBuilder object = Json.createObjectBuilder();

    private OparlJson(String id, String type) {
        object.add("id", id).add("type", SCHEMA + type);
    }

    static OparlJson object(String id, String type) {
        return new OparlJson(id, type);
    }

    OparlJson add(String name, String value) {
        if (value != null && !value.isBlank()) {
            object.add(name, value);
        }
        return this;
    }

    OparlJson add(String name, Instant value) {
        return value == null ? this : add(name, dateTime(value));
    }

    OparlJson add(String name, LocalDate value) {
        return value == null ? this : add(name, value.toString());
    }

    OparlJson add(String name, Boolean value) {
        if (value != null) {
            object.add(name, value);
        }
        return this;
    }

    OparlJson add(String name, Number value) {
        if (value != null) {
            object.add(name, value.longValue());
        }
        return this;
    }

    OparlJson add(String name, JsonObject value) {
        if (value != null) {
            object.add(name, value);
        }
        return this;
    }

    /** Strings (URLs) or JSON objects; an empty list is left out. */
    OparlJson add(String name, Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            values.forEach(v -> {
                if (v instanceof JsonObject o) {
                    array.add(o);
                } else if (v != null) {
                    array.add(v.toString());
                }
            });
            JsonArray built = array.build();
            if (!built.isEmpty()) {
                object.add(name, built);
            }
        }
        return this;
    }

    /** A list the spec requires even when it is empty (Body.legislativeTerm). */
    OparlJson addRequired(String name, Collection<JsonObject> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        object.add(name, array);
        return this;
    }

    JsonObject build() {
        return object.build();
    }

    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(BERLIN).toOffsetDateTime());
    }

    /** A filter parameter: a full date-time with offset (or Z); null if absent, an exception if malformed. */
    static Instant parseDateTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date-time with offset: " + text, e);
        }
    }
}
