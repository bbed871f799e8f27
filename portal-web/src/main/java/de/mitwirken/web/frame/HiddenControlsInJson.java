package de.mitwirken.web.frame;

import de.mitwirken.platform.entity.CleanText;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

/**
 * Every JSON body the API reads, with its strings (and names) without hidden control characters and bidirectional
 * overrides ({@link CleanText#withoutHiddenControls}) before a resource sees it (issue #26): JSON can carry them
 * escaped ("\u202e"), where no filter on the raw text would see them. A body that is no JSON passes unchanged; the
 * resource refuses it as ever.
 */
@Provider
public class HiddenControlsInJson implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
            byte[] body = context.getInputStream().readAllBytes();
            byte[] clean = cleaned(body);
            if (clean != body) {
                // written back as UTF-8 (RFC 8259), and said so
                context.setMediaType(type.withCharset(StandardCharsets.UTF_8.name()));
            }
            context.setInputStream(new ByteArrayInputStream(clean));
        }
        return context.proceed();
    }

    /** The body with clean strings, or the very same array when there was nothing to clean or it is no JSON. */
    static byte[] cleaned(byte[] body) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            return body;
        }
        JsonValue clean = clean(value);
        if (clean.equals(value)) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.write(clean);
        }
        return out.toByteArray();
    }

    private static JsonValue clean(JsonValue value) {
        switch (value.getValueType()) {
            case STRING:
                String text = ((JsonString) value).getString();
                String clean = CleanText.withoutHiddenControls(text);
                return clean.equals(text) ? value : Json.createValue(clean);
            case OBJECT:
                JsonObjectBuilder object = Json.createObjectBuilder();
                value.asJsonObject().forEach((name, member) ->
                        object.add(CleanText.withoutHiddenControls(name), clean(member)));
                return object.build();
            case ARRAY:
                JsonArrayBuilder array = Json.createArrayBuilder();
                value.asJsonArray().forEach(element -> array.add(clean(element)));
                return array.build();
            default:
                return value;
        }
    }
}
