package de.mitwirken.backlog.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.backlog.entity.ItemStatus;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The office dashboard's rules that live outside the queries: days counted, order, who may read it. */
class OfficeDashboardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void anOverdueMilestoneCountsTheDaysSinceItWasDue() {
        Attention.Overdue o = Attention.overdue(9, "Urkunden online", 29, "Start", LocalDate.of(2026, 12, 1), TODAY);
        assertEquals(5, o.daysOverdue());
        assertEquals(29, o.milestoneId());
    }

    @Test
    void theQuietestItemComesFirstWithItsDaysWithoutChange() {
        Attention.Quiet recent = Attention.quiet(2, "B", ItemStatus.PROPOSED, TODAY.minusDays(91), TODAY);
        Attention.Quiet oldest = Attention.quiet(1, "A", ItemStatus.IN_PROGRESS, TODAY.minusDays(200), TODAY);
        List<Attention.Quiet> sorted = Attention.quietest(List.of(recent, oldest));
        assertEquals(List.of(oldest, recent), sorted);
        assertEquals(200, sorted.get(0).daysQuiet());
        assertEquals(90, OfficeDashboard.QUIET_DAYS, "issue #21: no update for 90 days");
    }

    @Test
    void onlyItemsThatAreNeitherDoneNorDroppedAreOpen() {
        assertTrue(OfficeDashboard.OPEN.contains(ItemStatus.PROPOSED));
        assertTrue(OfficeDashboard.OPEN.contains(ItemStatus.IN_PROGRESS));
        assertFalse(OfficeDashboard.OPEN.contains(ItemStatus.DONE));
        assertFalse(OfficeDashboard.OPEN.contains(ItemStatus.DROPPED));
    }

    @Test
    void aTimeReadInAProjectionIsAnInstantWhateverTheDriverHandsOver() {
        Instant at = Instant.parse("2026-05-04T08:00:00Z");
        assertEquals(at, OfficeDashboard.instant(at));
        assertEquals(at, OfficeDashboard.instant(Timestamp.from(at)));
    }

    @Test
    void onlyTheStrategyOfficeReadsIt() {
        assertArrayEquals(new String[] {BacklogPermissions.MANAGE},
                OfficeDashboard.class.getAnnotation(RolesAllowed.class).value());
    }
}
