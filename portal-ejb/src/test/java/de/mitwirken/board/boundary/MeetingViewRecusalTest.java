package de.mitwirken.board.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.mitwirken.board.entity.MeetingStatus;
import de.mitwirken.board.entity.Quorum;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue #24: the minutes record who was recused; the public sees who, never a reason marked personal. */
class MeetingViewRecusalTest {

    private static final Instant START = Instant.parse("2026-03-12T16:00:00Z");

    @Test
    void thePublicMinutesNameTheRecusedWithoutAPersonalReason() {
        MeetingView.Agenda point = new MeetingView.Agenda(8, 2, "Barrierefreiheit", null, 30, null, null, null, null,
                "Der Beirat empfiehlt …", true, List.of(), List.of(), 5, 1, 1);
        MeetingView meeting = new MeetingView(3, "3. Sitzung", START, START.plusSeconds(7200), "Rathaus", null,
                MeetingStatus.MINUTES_APPROVED, new Quorum(12, 8, 50), List.of(point), List.of(), 4L, 50, null, null);
        Map<Long, List<RecusalView>> declared = Map.of(8L, List.of(
                new RecusalView(2, "Birgit Berger", "Mein Fachbereich bietet das an.", true),
                new RecusalView(5, "Paul Schneider", "Vorstand des Vereins", false)));

        List<RecusalView> board = meeting.withRecusals(declared, false).agenda().get(0).recused();
        assertEquals("Mein Fachbereich bietet das an.", board.get(0).reason(), "the board's record keeps the reason");

        List<RecusalView> publicly = meeting.withRecusals(declared, true).agenda().get(0).recused();
        assertEquals("Birgit Berger", publicly.get(0).name());
        assertNull(publicly.get(0).reason(), "a personal reason is never public");
        assertEquals("Vorstand des Vereins", publicly.get(1).reason());
        assertEquals(Integer.valueOf(5), meeting.withRecusals(declared, true).agenda().get(0).votesYes());
    }
}
