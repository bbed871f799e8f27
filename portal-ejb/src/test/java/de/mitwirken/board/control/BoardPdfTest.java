package de.mitwirken.board.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.board.entity.AgendaDraft;
import de.mitwirken.board.entity.AgendaItem;
import de.mitwirken.board.entity.Meeting;
import de.mitwirken.board.entity.MeetingDraft;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The board's PDFs for open data: the agenda as the public sees it, the minutes with their public points only. */
class BoardPdfTest {

    private static final Instant START = Instant.parse("2026-12-10T16:00:00Z");

    private static Meeting held(Instant start) throws Exception {
        Meeting meeting = Meeting.plan(new MeetingDraft("Sitzung des Beirats", start, start.plusSeconds(7200), "Rathaus",
                null, 50), "vorsitz", start.minusSeconds(30 * 86_400));
        meeting.addAgendaItem(new AgendaDraft("Haushalt", null, 30, null, null));
        meeting.addAgendaItem(new AgendaDraft("Personalien", null, 30, null, null));
        Field id = AgendaItem.class.getDeclaredField("id");
        id.setAccessible(true);
        long next = 1;
        for (AgendaItem item : meeting.agenda()) {
            id.set(item, next++);
        }
        meeting.invite(List.of(1L, 2L), start.minusSeconds(86_400));
        meeting.markHeld(start.plusSeconds(60));
        meeting.invitations().forEach(i -> i.recordPresence(true));
        return meeting;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theAgendaListsThePointsAndTheMinutesOnlyTheirPublicText() throws Exception {
        Meeting first = held(START);
        Meeting approving = held(START.plusSeconds(30 * 86_400));
        first.writeMinutes(1, "Der Beirat stimmt dem Haushaltsentwurf zu.", true);
        first.writeMinutes(2, "Vertrauliche Personalangelegenheit.", false);
        BoardPdf pdf = new BoardPdf();
        assertThrows(IllegalStateException.class, () -> pdf.minutes(first), "not before the minutes are approved");

        String agenda = text(pdf.agenda(first));
        assertTrue(agenda.contains("Tagesordnung: Sitzung des Beirats") && agenda.contains("Haushalt")
                && agenda.contains("Personalien") && agenda.contains("Rathaus"), agenda);

        first.approveMinutesIn(approving);
        String minutes = text(pdf.minutes(first));
        assertTrue(minutes.contains("Der Beirat stimmt dem Haushaltsentwurf zu."), minutes);
        assertTrue(minutes.contains("Personalien") && minutes.contains("Nicht öffentlich."), minutes);
        assertFalse(minutes.contains("Vertrauliche"), "internal minutes stay internal");
    }
}
