package de.mitwirken.it.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.board.control.BoardReminders;
import de.mitwirken.board.control.TermEnds;
import de.mitwirken.it.support.SharedPortal;
import de.mitwirken.platform.boundary.RoleChanges;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #24, inside the server with the real database: a member who has not answered is reminded once some days
 * before the meeting (default 5), one who accepted gets the agenda once the day before; a member who declined,
 * or was invited less than a day ago, gets neither. Meetings of the test's own, written straight into the
 * database; the reminders are run with the "now" the test chooses, as the job runs them with the clock's. A term
 * that ended takes the board roles away once, and a session signed in before is then stale.
 */
@Tag(SharedPortal.IN_SERVER)
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
    @Inject
    TermEnds termEnds;
    @Inject
    RoleChanges roleChanges;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void membersAreRemindedOnceToAnswerAndThoseWhoComeGetTheAgendaTheDayBefore() throws Exception {
        long silent = member("stille", "MEMBER", "CURRENT_DATE + INTERVAL 2 YEAR");
        long coming = member("kommt", "MEMBER", "CURRENT_DATE + INTERVAL 2 YEAR");
        long declined = member("absage", "MEMBER", "CURRENT_DATE + INTERVAL 2 YEAR");
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

    @Test
    void anEndedTermTakesTheBoardRolesAwayOnceAndSessionsCarryingThemEnd() throws Exception {
        long member = member("vorsitz", "CHAIR", "CURRENT_DATE");
        String subject = "it-vorsitz-" + run;
        Instant signedIn = Instant.now().minusSeconds(60);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));

        assertTrue(termEnds.revokeEnded(today, Instant.now()) >= 1);
        assertEquals(0, termEnds.revokeEnded(today, Instant.now()), "each membership once");
        assertEquals(2, count("SELECT COUNT(*) FROM role_change WHERE subject = ? AND grant_role = FALSE", subject),
                "board-member and board-chair are taken away");
        assertEquals(1, count("SELECT COUNT(*) FROM board_member WHERE id = ? AND role_revoked_at IS NOT NULL", member));
        // the role job passes them to Keycloak within seconds; from then on a session signed in before is stale
        long deadline = System.currentTimeMillis() + 30_000;
        while (count("SELECT COUNT(*) FROM role_change WHERE subject = ? AND applied_at IS NULL", subject) > 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(java.util.Set.of("board-member", "board-chair"), roleChanges.revokedSince(subject, signedIn));
        assertTrue(roleChanges.revokedSince(subject, Instant.now().plusSeconds(5)).isEmpty(),
                "a session signed in afterwards is not affected");
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * A board member of the test's own (profile with an address, admitted application, not listed publicly), in
     * the board role given, term until {@code end} (an SQL date expression).
     */
    private long member(String who, String role, String end) throws SQLException {
        String subject = "it-" + who + "-" + run;
        long profile = insert("INSERT INTO user_profile (subject, username, display_name, email, language, created_at,"
                + " last_sign_in_at) VALUES (?, ?, ?, ?, 'de', UTC_TIMESTAMP(), UTC_TIMESTAMP())", subject, subject,
                who + " " + run, subject + "@example.org");
        long application = insert("INSERT INTO board_application (call_id, applicant_id, constituency, expertise,"
                + " motivation, has_conflicts, public_listing, status, submitted_at) SELECT MIN(id), ?, 'SCIENCE',"
                + " 'SOCIETY', 'Test', FALSE, FALSE, 'ADMITTED', UTC_TIMESTAMP() FROM board_call", profile);
        return insert("INSERT INTO board_member (application_id, profile_id, constituency, expertise, public_listing,"
                + " board_role, term_start, term_end) VALUES (?, ?, 'SCIENCE', 'SOCIETY', FALSE, ?,"
                + " CURRENT_DATE - INTERVAL 3 YEAR, " + end + ")", application, profile, role);
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
