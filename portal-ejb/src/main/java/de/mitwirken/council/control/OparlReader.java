package de.mitwirken.council.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reads OParl 1.0/1.1 JSON the tolerant way the spec asks of clients: unknown properties are ignored, unknown
 * types counted and skipped, a missing or malformed optional field is null, an object without id or type (or
 * whose fields have the wrong JSON type) is skipped and counted as invalid.
 */
public final class OparlReader {

    private static final Logger LOG = Logger.getLogger(OparlReader.class.getName());

    /** The longest id (a URL) the store keeps. */
    static final int MAX_ID = 700;

    private OparlReader() {
    }

    /** The short type name: "Paper" of "https://schema.oparl.org/1.1/Paper". */
    public static String type(JsonObject object) {
        String type = text(object, "type");
        return type == null ? null : type.substring(type.lastIndexOf('/') + 1);
    }

    /** The URL of the next page, if any. */
    public static String next(JsonObject page) {
        JsonValue links = page.get("links");
        return links instanceof JsonObject object ? text(object, "next") : null;
    }

    /** The objects of a list page (its "data"); a page without data is refused. */
    public static List<JsonObject> data(JsonObject page) {
        if (!(page.get("data") instanceof JsonArray data)) {
            throw new OparlRefused("a list page without data");
        }
        List<JsonObject> objects = new ArrayList<>();
        for (JsonValue value : data) {
            objects.add(value instanceof JsonObject object ? object : null);
        }
        return objects;
    }

    public static OparlData.Page page(JsonObject page) {
        List<OparlData.Organization> organizations = new ArrayList<>();
        List<OparlData.Meeting> meetings = new ArrayList<>();
        List<OparlData.Paper> papers = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        int invalid = 0;
        int unknown = 0;
        for (JsonObject object : data(page)) {
            try {
                if (object == null || text(object, "id") == null || type(object) == null) {
                    throw new ClassCastException("no object with id and type");
                }
                if (text(object, "id").length() > MAX_ID) {
                    throw new IllegalArgumentException("an id longer than " + MAX_ID + " characters");
                }
                if (object.getBoolean("deleted", false)) {
                    deleted.add(text(object, "id"));
                    continue;
                }
                switch (type(object)) {
                    case "Organization" -> organizations.add(organization(object));
                    case "Meeting" -> meetings.add(meeting(object));
                    case "Paper" -> papers.add(paper(object));
                    default -> unknown++;
                }
            } catch (ClassCastException | IllegalArgumentException e) {
                invalid++;
                LOG.info(() -> "OParl object skipped as invalid: " + e.getMessage() + " in "
                        + (object == null ? "a non-object" : text(object, "id")));
            }
        }
        return new OparlData.Page(organizations, meetings, papers, deleted, invalid, unknown);
    }

    static OparlData.Organization organization(JsonObject o) {
        return new OparlData.Organization(text(o, "id"), text(o, "name"), text(o, "shortName"));
    }

    static OparlData.Meeting meeting(JsonObject o) {
        List<OparlData.AgendaItem> items = new ArrayList<>();
        for (JsonObject item : objects(o, "agendaItem")) {
            if (text(item, "id") != null) {
                items.add(new OparlData.AgendaItem(text(item, "id"), text(item, "number"), text(item, "name"),
                        text(item, "result")));
            }
        }
        return new OparlData.Meeting(text(o, "id"), text(o, "name"), instant(text(o, "start")),
                o.getBoolean("cancelled", false), text(o, "web"), items);
    }

    static OparlData.Paper paper(JsonObject o) {
        List<OparlData.Consultation> consultations = new ArrayList<>();
        for (JsonObject c : objects(o, "consultation")) {
            if (text(c, "id") != null) {
                JsonValue authoritative = c.get("authoritative");
                consultations.add(new OparlData.Consultation(text(c, "id"), text(c, "meeting"), text(c, "agendaItem"),
                        texts(c, "organization"),
                        authoritative == null ? null : authoritative.getValueType() == JsonValue.ValueType.TRUE,
                        text(c, "role")));
            }
        }
        List<OparlData.File> files = new ArrayList<>();
        if (o.get("mainFile") instanceof JsonObject main) {
            files.add(file(main));
        }
        for (JsonObject f : objects(o, "auxiliaryFile")) {
            files.add(file(f));
        }
        files.removeIf(f -> f.id() == null);
        return new OparlData.Paper(text(o, "id"), text(o, "body"), text(o, "reference"), text(o, "name"),
                date(text(o, "date")), text(o, "paperType"), text(o, "web"), consultations, files);
    }

    private static OparlData.File file(JsonObject f) {
        Long size = f.get("size") instanceof jakarta.json.JsonNumber n ? n.longValue() : null;
        return new OparlData.File(text(f, "id"), text(f, "name"), text(f, "fileName"), text(f, "mimeType"),
                text(f, "accessUrl"), size);
    }

    /** A string property; null when absent; a property of another JSON type is invalid. */
    static String text(JsonObject o, String name) {
        JsonValue value = o.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        String text = ((JsonString) value).getString().strip();
        return text.isEmpty() ? null : text;
    }

    private static List<String> texts(JsonObject o, String name) {
        List<String> texts = new ArrayList<>();
        if (o.get(name) instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonString s) {
                    texts.add(s.getString());
                }
            }
        }
        return texts;
    }

    /** The objects of an internal list; URLs in it (OParl 1.0 style) are left out. */
    private static List<JsonObject> objects(JsonObject o, String name) {
        List<JsonObject> objects = new ArrayList<>();
        if (o.get(name) instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonObject object) {
                    objects.add(object);
                }
            }
        }
        return objects;
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.length() > 10 ? OffsetDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
