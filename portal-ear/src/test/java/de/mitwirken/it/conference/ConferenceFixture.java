package de.mitwirken.it.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import javax.sql.DataSource;

/**
 * A conference of a test's own, written straight into the test database (there are no organiser pages for the
 * programme yet), and the recounts that prove the seat counters. For tests that run inside the server.
 */
final class ConferenceFixture {

    private final DataSource owner;
    final long conference;
    final long track;

    /**
     * A published conference open for registration, 400 days ahead, with one track. Its guest limits per hour are
     * set out of reach: these tests are about seats and queues, all from one client; RateLimitIT sets low ones.
     */
    ConferenceFixture(DataSource owner, String title, int capacity) throws SQLException {
        this.owner = owner;
        this.conference = insert("INSERT INTO conf_conference (title, description, venue, starts_on, ends_on, capacity,"
                + " taken, registration_opens_at, registration_closes_at, offer_hours, consent_text, retention_months,"
                + " published, created_at) VALUES (?, 'Eine Konferenz der Tests', 'Testhalle', CURRENT_DATE + INTERVAL 400 DAY,"
                + " CURRENT_DATE + INTERVAL 400 DAY, ?, 0, UTC_TIMESTAMP() - INTERVAL 1 DAY, UTC_TIMESTAMP() + INTERVAL 30 DAY,"
                + " 48, 'Einwilligung (Test)', 6, TRUE, UTC_TIMESTAMP())", title, capacity);
        guestLimits(1_000_000, 1_000_000, 1_000_000);
        this.track = insert("INSERT INTO conf_track (conference_id, name, position) VALUES (?, 'Test', 1)", conference);
    }

    /** The edition's guest limits per hour (per address, per network, in all), as the organisers set them. */
    void guestLimits(int perAddress, int perNetwork, int total) throws SQLException {
        update("UPDATE conf_conference SET guest_limit_address = ?, guest_limit_network = ?, guest_limit_total = ?"
                + " WHERE id = ?", perAddress, perNetwork, total, conference);
    }

    /** The public registration type "participant" with its quota. */
    long participants(int quota) throws SQLException {
        return type("participant", quota);
    }

    /** A public registration type with its code and quota, open now. */
    long type(String code, int quota) throws SQLException {
        return insert("INSERT INTO conf_reg_type (conference_id, code, public_signup, quota, taken, opens_at, closes_at)"
                + " VALUES (?, ?, TRUE, ?, 0, UTC_TIMESTAMP() - INTERVAL 1 DAY, UTC_TIMESTAMP() + INTERVAL 30 DAY)",
                conference, code, quota);
    }

    /** A workshop on the conference day from {@code fromMinute} to {@code toMinute} (minutes after midnight). */
    long session(String title, int fromMinute, int toMinute, Integer capacity) throws SQLException {
        return insert("INSERT INTO conf_session (conference_id, track_id, kind, title, abstract, room, starts_at, ends_at,"
                + " capacity, taken) VALUES (?, ?, 'WORKSHOP', ?, 'Test', 'Raum 1',"
                + " TIMESTAMP(CURRENT_DATE + INTERVAL 400 DAY) + INTERVAL ? MINUTE,"
                + " TIMESTAMP(CURRENT_DATE + INTERVAL 400 DAY) + INTERVAL ? MINUTE, ?, 0)",
                conference, track, title, fromMinute, toMinute, capacity);
    }

    /** Takes the conference off the public lists after a test (the rows stay for a look after a failure). */
    void unpublish() throws SQLException {
        update("UPDATE conf_conference SET published = FALSE WHERE id = ?", conference);
    }

    /** Conference, registration type and every session: "taken" equals the places held (CONFIRMED or OFFERED). */
    void assertCountersMatchRecount(long expectedHeld) throws SQLException {
        long held = value("SELECT COUNT(*) FROM conf_registration WHERE conference_id = ? AND status IN ('CONFIRMED', 'OFFERED')",
                conference);
        assertEquals(expectedHeld, held, "places held");
        assertEquals(held, value("SELECT taken FROM conf_conference WHERE id = ?", conference), "the conference's counter");
        assertEquals(held, value("SELECT SUM(taken) FROM conf_reg_type WHERE conference_id = ?", conference), "the types' counters");
        assertEquals(0, value("SELECT COUNT(*) FROM conf_reg_type t WHERE t.conference_id = ? AND t.taken <> (SELECT COUNT(*)"
                + " FROM conf_registration r WHERE r.type_id = t.id AND r.status IN ('CONFIRMED', 'OFFERED'))", conference),
                "every type's counter matches a recount");
        assertEquals(0, value("SELECT COUNT(*) FROM conf_session s WHERE s.conference_id = ? AND s.taken <> (SELECT COUNT(*)"
                + " FROM conf_choice c WHERE c.session_id = s.id AND c.status IN ('CONFIRMED', 'OFFERED'))", conference),
                "every session's counter matches a recount");
    }

    long insert(String sql, Object... parameters) throws SQLException {
        try (Connection c = owner.getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, parameters);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                assertTrue(keys.next());
                return keys.getLong(1);
            }
        }
    }

    void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            s.executeUpdate();
        }
    }

    long value(String sql, Object... parameters) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), () -> sql + " " + Arrays.toString(parameters));
                return r.getLong(1);
            }
        }
    }

    String text(String sql, Object... parameters) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), () -> sql + " " + Arrays.toString(parameters));
                return r.getString(1);
            }
        }
    }

    private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }
}
