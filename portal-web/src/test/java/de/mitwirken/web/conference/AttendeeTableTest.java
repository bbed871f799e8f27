package de.mitwirken.web.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.conference.boundary.AttendeeExport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class AttendeeTableTest {

    private static final Map<String, String> TEXTS = Map.of(
            "conference.office.column.name", "Name",
            "conference.office.column.checkedIn", "Eingelassen am",
            "conference.type.participant", "Teilnehmerin oder Teilnehmer",
            "conference.group.CITIZENS", "Bürgerschaft",
            "conference.office.status.CONFIRMED", "Bestätigt",
            "conference.choice.CONFIRMED", "Platz bestätigt");
    private static final AttendeeTable TABLE = new AttendeeTable(TEXTS::get,
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Berlin")));

    private static AttendeeExport export() {
        return new AttendeeExport(1, "Smart-City-Konferenz", List.of("Welche Frage bringen Sie mit?", "Wie erfahren?"),
                List.of(
                        new AttendeeExport.Row(7, "Jörg \"JJ\" Hansen", "joerg@example.org", "Hansen; Söhne GmbH",
                                "participant", "CITIZENS", "CONFIRMED", null, "vegan",
                                List.of(new AttendeeExport.SessionChoice("Offene Daten", "CONFIRMED"),
                                        new AttendeeExport.SessionChoice("Datenschutz", "WAITLISTED")),
                                Instant.parse("2026-12-10T08:05:00Z"), List.of("=HYPERLINK(\"http://evil\")", "")),
                        new AttendeeExport.Row(8, "@Ada <Lovelace>", "ada@example.org", null, "press", "PRESS",
                                "WAITLISTED", "Rollstuhl", null, List.of(), null, List.of("", "+49 Radio"))));
    }

    @Test
    void theHeaderNamesTheColumnsInThePageLanguageAndEveryQuestion() {
        List<String> header = TABLE.header(export());
        assertEquals("Name", header.get(1));
        assertEquals("email", header.get(2), "a missing text falls back to the column's key");
        assertEquals("Eingelassen am", header.get(10));
        assertEquals(List.of("Welche Frage bringen Sie mit?", "Wie erfahren?"), header.subList(11, 13));
    }

    @Test
    void rowsCarryTranslatedTypeAndGroupSessionsWithStatusTheCheckInTimeAndAnswers() {
        List<List<String>> rows = TABLE.rows(export());
        List<String> first = rows.get(0);
        assertEquals("7", first.get(0));
        assertEquals("Teilnehmerin oder Teilnehmer", first.get(4));
        assertEquals("Bürgerschaft", first.get(5));
        assertEquals("Bestätigt", first.get(6), "statuses in the page language, not as codes");
        assertEquals("Offene Daten (Platz bestätigt); Datenschutz (WAITLISTED)", first.get(9),
                "a status without a text stays its code");
        assertEquals("10.12.2026 09:05", first.get(10), "in Berlin time");
        assertEquals("=HYPERLINK(\"http://evil\")", first.get(11));
        assertEquals(13, first.size());
        assertEquals("press", rows.get(1).get(4), "an untranslated type stays its code");
        assertEquals(null, rows.get(1).get(10));
    }

    @Test
    void theCsvIsForGermanSpreadsheetsAndRunsNoFormulas() throws Exception {
        StringWriter out = new StringWriter();
        AttendeeTable.csv(TABLE.header(export()), TABLE.rows(export()), out);
        String csv = out.toString();
        assertEquals('\uFEFF', csv.charAt(0), "byte order mark");
        String[] lines = csv.substring(1).split("\r\n");
        assertEquals(3, lines.length, csv);
        assertTrue(lines[0].startsWith("\"Nr.\";\"Name\";") || lines[0].startsWith("\"id\";\"Name\";"), lines[0]);
        assertTrue(lines[1].contains("\"Jörg \"\"JJ\"\" Hansen\""), "quotes doubled: " + lines[1]);
        assertTrue(lines[1].contains("\"Hansen; Söhne GmbH\""), "a semicolon stays inside its cell: " + lines[1]);
        assertTrue(lines[1].contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), "no formula: " + lines[1]);
        assertTrue(lines[2].startsWith("\"8\";\"'@Ada <Lovelace>\""), lines[2]);
        assertTrue(lines[2].endsWith(";\"'+49 Radio\""), lines[2]);
    }

    @Test
    void theXlsxIsAWorkbookWhoseSheetHasEveryValueAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AttendeeTable.xlsx("Anmeldungen", TABLE.header(export()), TABLE.rows(export()), out);
        byte[] xlsx = out.toByteArray();
        assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.US_ASCII));
        // read through the central directory, as spreadsheet programs do (the parts are streamed with data
        // descriptors, which java.util.zip.ZipInputStream does not read)
        Map<String, byte[]> parts = new HashMap<>();
        Path file = Files.createTempFile("attendees", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    parts.put(e.getName(), zip.getInputStream(e).readAllBytes());
                }
            }
        } finally {
            Files.delete(file);
        }
        assertNotNull(parts.get("[Content_Types].xml"));
        assertNotNull(parts.get("xl/workbook.xml"));
        assertTrue(new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8).contains("name=\"Anmeldungen\""));
        byte[] sheetXml = parts.get("xl/worksheets/sheet1.xml");
        assertNotNull(sheetXml, parts.keySet().toString());
        Document sheet = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(sheetXml));
        assertEquals(0, sheet.getElementsByTagName("f").getLength(), "no formula cells");
        NodeList cells = sheet.getElementsByTagName("c");
        StringBuilder texts = new StringBuilder();
        for (int i = 0; i < cells.getLength(); i++) {
            org.w3c.dom.Element c = (org.w3c.dom.Element) cells.item(i);
            assertEquals("inlineStr", c.getAttribute("t"), "every cell is text");
            texts.append(c.getTextContent()).append('|');
        }
        String all = texts.toString();
        assertTrue(all.contains("|Jörg \"JJ\" Hansen|"), all);
        assertTrue(all.contains("|@Ada <Lovelace>|"), "as typed, no quote needed where nothing is a formula: " + all);
        assertTrue(all.contains("|=HYPERLINK(\"http://evil\")|"), all);
        assertTrue(all.contains("|Welche Frage bringen Sie mit?|"), all);
        assertFalse(all.contains("null"), all);
        assertEquals(3, sheet.getElementsByTagName("row").getLength());
    }
}
