package de.mitwirken.board.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of meetings: agenda, invitations, answers, attendance, quorum, minutes and their approval. */
class MeetingRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
    private static final Instant START = Instant.parse("2026-12-10T16:00:00Z");

    private static Meeting meeting(Instant start, int quorumPercent) {
        return Meeting.plan(new MeetingDraft("Sitzung des Beirats", start, start.plusSeconds(7200), "Rathaus", null,
                quorumPercent), "vorsitz", NOW);
    }

    /** Agenda items get their ids from the database; here they are numbered by hand. */
    private static void number(Meeting meeting) throws Exception {
        Field id = AgendaItem.class.getDeclaredField("id");
        id.setAccessible(true);
        long next = 1;
        for (AgendaItem item : meeting.agenda()) {
            id.set(item, next++);
        }
    }

    private static Meeting held(Instant start, int members, Set<Long> present) throws Exception {
        Meeting meeting = meeting(start, 50);
        meeting.addAgendaItem(new AgendaDraft("Bericht", null, 30, null, null));
        number(meeting);
        meeting.invite(java.util.stream.LongStream.rangeClosed(1, members).boxed().toList(), start.minusSeconds(86_400));
        meeting.markHeld(start.plusSeconds(60));
        meeting.invitations().forEach(i -> i.recordPresence(present.contains(i.memberId())));
        return meeting;
    }

    @Test
    void theQuorumIsAShareOfTheInvitedMembersRoundedUp() {
        assertEquals(6, new Quorum(12, 6, 50).needed());
        assertTrue(new Quorum(12, 6, 50).reached());
        assertFalse(new Quorum(12, 5, 50).reached());
        assertEquals(7, new Quorum(13, 0, 50).needed(), "half of 13 is 6.5: 7 are needed");
        assertEquals(9, new Quorum(12, 0, 67).needed());
        assertFalse(new Quorum(0, 0, 50).reached(), "a meeting without members never has a quorum");
        assertThrows(IllegalArgumentException.class, () -> new Quorum(5, 6, 50));
    }

    @Test
    void aMeetingNeedsAFutureStartAnEndAfterItAPlaceOrHttpsLinkAndAQuorum() {
        assertTrue(new MeetingDraft("Sitzung", START, START.plusSeconds(3600), null, "https://video.example/b", 50)
                .problems(NOW).isEmpty());
        assertEquals(Set.of("title", "startsAt", "endsAt", "place", "quorumPercent"),
                new MeetingDraft("Kurz", NOW.minusSeconds(1), NOW.minusSeconds(2), null, null, 0).problems(NOW).keySet());
        assertEquals(Set.of("onlineLink"), new MeetingDraft("Sitzung", START, START.plusSeconds(3600), "Rathaus",
                "javascript:alert(1)", 50).problems(NOW).keySet());
        assertEquals(Set.of("endsAt"), new MeetingDraft("Sitzung", START, START.plusSeconds(13 * 3600), "Rathaus", null,
                50).problems(NOW).keySet(), "a meeting lasts at most twelve hours");
    }

    @Test
    void invitationsGoOutOnceAndOnlyWithAnAgenda() {
        Meeting meeting = meeting(START, 50);
        assertThrows(IllegalArgumentException.class, () -> meeting.invite(List.of(1L, 2L), NOW));
        meeting.addAgendaItem(new AgendaDraft("Bericht des Strategiebüros", "Sven Stratmann", 30, 1L, null));
        assertEquals(2, meeting.invite(List.of(1L, 2L), NOW).size());
        assertEquals(MeetingStatus.INVITED, meeting.status());
        assertThrows(IllegalStateException.class, () -> meeting.invite(List.of(3L), NOW));
        meeting.addAgendaItem(new AgendaDraft("Verschiedenes", null, 10, null, null));
        assertEquals(2, meeting.agenda().get(1).position());
    }

    @Test
    void membersAnswerUntilTheMeetingIsHeldAndAttendanceIsRecordedAfterwards() {
        Meeting meeting = meeting(START, 50);
        meeting.addAgendaItem(new AgendaDraft("Bericht", null, 30, null, null));
        Invitation invitation = meeting.invite(List.of(1L, 2L), NOW).get(0);
        assertThrows(IllegalStateException.class, () -> invitation.recordPresence(true), "not before it is held");
        invitation.respond(Invitation.Response.DECLINE, NOW);
        invitation.respond(Invitation.Response.ATTEND, NOW);
        assertEquals(Invitation.Response.ATTEND, invitation.response());
        assertThrows(IllegalArgumentException.class, () -> meeting.markHeld(START.minusSeconds(1)), "not before its start");
        meeting.markHeld(START);
        assertThrows(IllegalStateException.class, () -> invitation.respond(Invitation.Response.DECLINE, START));
        invitation.recordPresence(true);
        assertEquals(new Quorum(2, 1, 50), meeting.quorum());
        assertTrue(meeting.quorum().reached());
        assertThrows(IllegalStateException.class, () -> meeting.addAgendaItem(new AgendaDraft("Nachtrag", null, 10, null, null)));
    }

    @Test
    void minutesAreApprovedInALaterQuorateMeetingOnceEveryItemHasThem() throws Exception {
        Meeting first = held(START, 4, Set.of(1L, 2L, 3L));
        Meeting notQuorate = held(START.plusSeconds(30 * 86_400), 4, Set.of(1L));
        Meeting second = held(START.plusSeconds(60 * 86_400), 4, Set.of(1L, 2L));
        long item = first.agenda().get(0).id();
        assertEquals("minutesMissing", assertThrows(IllegalArgumentException.class,
                () -> first.approveMinutesIn(second)).getMessage());
        first.writeMinutes(item, "Bericht zur Kenntnis genommen.", false);
        assertEquals("quorum", assertThrows(IllegalArgumentException.class,
                () -> first.approveMinutesIn(notQuorate)).getMessage());
        assertEquals("approvingMeeting", assertThrows(IllegalArgumentException.class,
                () -> second.approveMinutesIn(first)).getMessage(), "an earlier meeting cannot approve");
        assertThrows(IllegalArgumentException.class, () -> first.writeMinutes(99, "x", true));
        first.approveMinutesIn(second);
        assertEquals(MeetingStatus.MINUTES_APPROVED, first.status());
        assertThrows(IllegalStateException.class, () -> first.writeMinutes(item, "geändert", true), "approved minutes are fixed");
        assertThrows(IllegalStateException.class, () -> first.approveMinutesIn(second));
        assertNull(second.minutesApprovedIn());
    }

    @Test
    void theLastPublicChangeFollowsTheMeetingsWay() throws Exception {
        Meeting planned = meeting(START, 50);
        assertEquals(NOW, planned.lastPublicChange(), "planned");
        planned.addAgendaItem(new AgendaDraft("Bericht", null, 30, null, null));
        planned.invite(List.of(1L, 2L), NOW.plusSeconds(3600));
        assertEquals(NOW.plusSeconds(3600), planned.lastPublicChange(), "invited");
        planned.cancel("Zu wenige Zusagen", NOW.plusSeconds(7200));
        assertEquals(NOW.plusSeconds(7200), planned.lastPublicChange(), "cancelled");

        Meeting first = held(START, 4, Set.of(1L, 2L, 3L));
        assertEquals(START.plusSeconds(60), first.lastPublicChange(), "held");
        Meeting second = held(START.plusSeconds(60 * 86_400), 4, Set.of(1L, 2L));
        first.writeMinutes(first.agenda().get(0).id(), "Bericht zur Kenntnis genommen.", true);
        first.approveMinutesIn(second);
        assertEquals(START.plusSeconds(60 * 86_400 + 60), first.lastPublicChange(),
                "minutes approved: when the approving meeting was held");
    }
}
