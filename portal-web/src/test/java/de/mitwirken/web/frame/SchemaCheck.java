package de.mitwirken.web.frame;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON value against a schema of the OpenAPI document, strictly enough to catch drift: types, formats of
 * dates, enums, required properties, nulls only where nullable, and no property the schema does not declare
 * (unless it allows additional ones).
 */
final class SchemaCheck {

    private final OpenAPI api;
    private final String anyText;
    private final List<String> errors = new ArrayList<>();

    SchemaCheck(OpenAPI api) {
        this(api, null);
    }

    /** anyText: a placeholder that fits any enum (a sample's text where the record has a String, not an enum). */
    SchemaCheck(OpenAPI api, String anyText) {
        this.api = api;
        this.anyText = anyText;
    }

    List<String> errors() {
        return errors;
    }

    @SuppressWarnings("rawtypes")
    void check(JsonNode value, Schema schema, String at) {
        schema = resolve(schema);
        if (value == null || value.isNull()) {
            if (!Boolean.TRUE.equals(schema.getNullable())) {
                errors.add(at + ": null, but not nullable");
            }
            return;
        }
        if (schema.getAllOf() != null) {
            checkObject(value, merged(schema), at);
            return;
        }
        String type = schema.getType();
        if (type == null) {
            return; // any value
        }
        switch (type) {
            case "object" -> checkObject(value, schema, at);
            case "array" -> {
                if (!value.isArray()) {
                    errors.add(at + ": not an array: " + value);
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), schema.getItems(), at + "[" + i + "]");
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    errors.add(at + ": not a string: " + value);
                    return;
                }
                checkString(value.asText(), schema, at);
            }
            case "integer" -> expect(value.isIntegralNumber(), at, "an integer", value);
            case "number" -> expect(value.isNumber(), at, "a number", value);
            case "boolean" -> expect(value.isBoolean(), at, "a boolean", value);
            default -> errors.add(at + ": unknown type " + type);
        }
    }

    @SuppressWarnings("rawtypes")
    private void checkString(String text, Schema schema, String at) {
        if (schema.getEnum() != null && !schema.getEnum().contains(text) && !text.equals(anyText)) {
            errors.add(at + ": " + text + " is not one of " + schema.getEnum());
        }
        try {
            if ("date-time".equals(schema.getFormat())) {
                OffsetDateTime.parse(text);
            } else if ("date".equals(schema.getFormat())) {
                LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            errors.add(at + ": not a " + schema.getFormat() + ": " + text);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void checkObject(JsonNode value, Schema schema, String at) {
        if (!value.isObject()) {
            errors.add(at + ": not an object: " + value);
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        Object additional = schema.getAdditionalProperties();
        value.fields().forEachRemaining(e -> {
            Schema declared = properties == null ? null : properties.get(e.getKey());
            if (declared != null) {
                check(e.getValue(), declared, at + "." + e.getKey());
            } else if (additional instanceof Schema other) {
                check(e.getValue(), other, at + "." + e.getKey());
            } else if (properties != null && !Boolean.TRUE.equals(additional)) {
                errors.add(at + "." + e.getKey() + ": not in the schema");
            }
        });
        if (schema.getRequired() != null) {
            for (String name : (List<String>) schema.getRequired()) {
                if (!value.has(name)) {
                    errors.add(at + "." + name + ": required, but missing");
                }
            }
        }
    }

    /** allOf as one object schema: the properties and required names of all parts. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private Schema merged(Schema schema) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        Set<String> required = new HashSet<>();
        for (Object part : schema.getAllOf()) {
            Schema p = resolve((Schema) part);
            if (p.getProperties() != null) {
                properties.putAll(p.getProperties());
            }
            if (p.getRequired() != null) {
                required.addAll(p.getRequired());
            }
        }
        return new Schema().type("object").properties(properties).required(new ArrayList<>(required));
    }

    @SuppressWarnings("rawtypes")
    Schema resolve(Schema schema) {
        while (schema.get$ref() != null) {
            String ref = schema.get$ref();
            schema = api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    private void expect(boolean ok, String at, String what, JsonNode value) {
        if (!ok) {
            errors.add(at + ": not " + what + ": " + value);
        }
    }
}
