package de.mitwirken.it.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.board.control.BoardReminders;
import de.mitwirken.it.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #24, inside the server with the real database: a member who has not answered is reminded once some days
 * before the meeting (default 5), one who accepted gets the agenda once the day before; a member who declined,
 * or was invited less than a day ago, gets neither. Meetings of the test's own, written straight into the
 * database; the reminders are run with the "now" the test chooses, as the job runs them with the clock's.
 */
@ExtendWith(ArquillianExtension.class)
class BoardRemindersIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWith(BoardRemindersIT.class);
    }

    @Resource(lookup = "jdbc/portal-schema")
    DataSource owner;
    @Inject
    BoardReminders reminders;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void membersAreRemindedOnceToAnswerAndThoseWhoComeGetTheAgendaTheDayBefore() throws Exception {
        long[] members = activeMembers();
        long silent = members[0];
        long coming = members[1];
        long declined = members[2];
        long inThreeDays = meeting("In drei Tagen " + run, 3 * 24, 2 * 24);
        long tomorrow = meeting("Morgen " + run, 20, 3 * 24);
        long fresh = meeting("Frisch eingeladen " + run, 2 * 24, 1);
        invite(inThreeDays, silent, null);
        invite(inThreeDays, declined, "DECLINE");
        invite(tomorrow, coming, "ATTEND");
        invite(fresh, silent, null);
        update("INSERT INTO board_agenda_item (meeting_id, position, title, presenter, duration_minutes, public_minutes)"
                + " VALUES (?, 1, 'Haushalt 2027', NULL, 30, TRUE)", tomorrow);

        Instant now = Instant.now();
        reminders.remind(now);
        reminders.remind(now.plusSeconds(60)); // a second run (or a second node) sends nothing again
        assertEquals(1, mails(silent, "board.answerReminder", "In drei Tagen"), "reminded once");
        assertEquals(0, mails(silent, "board.answerReminder", "Frisch eingeladen"), "invited less than a day ago");
        assertEquals(0, mails(declined, "board.answerReminder", "In drei Tagen"), "an answer was given");
        assertEquals(1, mails(coming, "board.agendaTomorrow", "Morgen"));
        assertEquals(0, mails(silent, "board.agendaTomorrow", "In drei Tagen"), "no agenda without an acceptance, not yet");
        assertTrue(text("SELECT body_text FROM outbox_mail WHERE template = 'board.agendaTomorrow' AND subject LIKE ?",
                "%Morgen " + run + "%").contains("1. Haushalt 2027"), "the agenda is in the mail");
    }

    /** Three active members of the demo board with an address (the meetings are the test's own). */
    private long[] activeMembers() throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement s = c.prepareStatement("SELECT m.id FROM board_member m"
                + " JOIN user_profile p ON p.id = m.profile_id WHERE p.email IS NOT NULL AND m.term_start <= CURRENT_DATE"
                + " AND m.term_end >= CURRENT_DATE ORDER BY m.id LIMIT 3"); ResultSet r = s.executeQuery()) {
            long[] ids = new long[3];
            for (int i = 0; i < 3; i++) {
                assertTrue(r.next(), "the demo board has three active members");
                ids[i] = r.getLong(1);
            }
            return ids;
        }
    }

    /** An invited meeting starting in {@code hours}, invited {@code invitedHoursAgo} hours ago. */
    private long meeting(String title, int hours, int invitedHoursAgo) throws SQLException {
        return insert("INSERT INTO board_meeting (title, starts_at, ends_at, place, status, quorum_percent, invited_at,"
                + " created_at, created_by) VALUES (?, UTC_TIMESTAMP() + INTERVAL ? HOUR, UTC_TIMESTAMP() + INTERVAL ? HOUR,"
                + " 'Rathaus', 'INVITED', 50, UTC_TIMESTAMP() - INTERVAL ? HOUR, UTC_TIMESTAMP(), 'it')", title, hours,
                hours + 2, invitedHoursAgo);
    }

    private void invite(long meeting, long member, String response) throws SQLException {
        update("INSERT INTO board_invitation (meeting_id, member_id, response, responded_at, present) VALUES (?, ?, ?, "
                + (response == null ? "NULL" : "UTC_TIMESTAMP()") + ", FALSE)", meeting, member, response);
    }

    /** Mails of one kind about one of the test's meetings (its title in the subject) to one member. */
    private long mails(long member, String template, String meetingTitle) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM outbox_mail o JOIN user_profile p ON p.email = o.recipient JOIN board_member m"
                        + " ON m.profile_id = p.id WHERE m.id = ? AND o.template = ? AND o.subject LIKE ?")) {
            s.setLong(1, member);
            s.setString(2, template);
            s.setString(3, "%" + meetingTitle + " " + run + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private String text(String sql, String parameter) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), sql);
                return r.getString(1);
            }
        }
    }

    private long insert(String sql, Object... parameters) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement s = c.prepareStatement(sql,
                Statement.RETURN_GENERATED_KEYS)) {
            bind(s, parameters);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                assertTrue(keys.next());
                return keys.getLong(1);
            }
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }
}
