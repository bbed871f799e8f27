package de.mitwirken.web.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OParl objects carry no nulls and no empty lists; times carry the Berlin offset. */
class OparlJsonTest {

    @Test
    void absentValuesAndEmptyListsAreLeftOut() {
        JsonObject json = OparlJson.object("https://x/oparl/person/1", "Person").add("name", (String) null)
                .add("title", "  ").add("start", (Instant) null).add("startDate", (LocalDate) null)
                .add("votingRight", (Boolean) null).add("size", (Number) null).add("location", (JsonObject) null)
                .add("membership", List.of()).add("status", java.util.Arrays.asList((String) null)).build();
        assertEquals(java.util.Set.of("id", "type"), json.keySet());
        assertEquals("https://schema.oparl.org/1.1/Person", json.getString("type"));
        assertFalse(json.values().stream().anyMatch(v -> v.getValueType() == JsonValue.ValueType.NULL));
    }

    @Test
    void timesHaveTheOffsetOfBerlinInWinterAndSummer() {
        assertEquals("2026-12-06T10:00:00+01:00", OparlJson.dateTime(Instant.parse("2026-12-06T09:00:00.123Z")));
        assertEquals("2026-07-01T12:00:00+02:00", OparlJson.dateTime(Instant.parse("2026-07-01T10:00:00Z")));
        JsonObject json = OparlJson.object("https://x/oparl/meeting/1", "Meeting")
                .add("start", Instant.parse("2026-12-06T09:00:00Z")).add("cancelled", false).add("order", 3).build();
        assertEquals("2026-12-06T10:00:00+01:00", json.getString("start"));
        assertFalse(json.getBoolean("cancelled"));
        assertEquals(3, json.getInt("order"));
    }

    @Test
    void filterTimesNeedAnOffsetAndSurviveAnUnencodedPlus() {
        assertEquals(Instant.parse("2026-12-06T09:00:00Z"), OparlJson.parseDateTime("2026-12-06T10:00:00 01:00"));
        assertEquals(Instant.parse("2026-12-06T09:00:00Z"), OparlJson.parseDateTime("2026-12-06T09:00:00Z"));
        assertTrue(OparlJson.parseDateTime(null) == null);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> OparlJson.parseDateTime("2026-12-06T10:00:00"));
    }

    @org.junit.jupiter.api.Test
    void whatAClientSentComesBackAsInertJson() {
        String json = "{\"detail\":\"no OParl object at /<script>x</script>?a=1&b=2\"}";
        String inert = OparlServlet.inert(json);
        org.junit.jupiter.api.Assertions.assertFalse(inert.contains("<") || inert.contains(">") || inert.contains("&"), inert);
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(inert))) {
            org.junit.jupiter.api.Assertions.assertEquals("no OParl object at /<script>x</script>?a=1&b=2",
                    reader.readObject().getString("detail"), "the same text for a JSON reader");
        }
    }
}
