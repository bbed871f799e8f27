package de.mitwirken.tools.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What the database holds of the acknowledged writes, read on any Galera node (each asked separately). */
final class Stored {

    private Stored() {
    }

    static Connection connect(String hostPort, String database, String user, String password) throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:mariadb://" + hostPort + "/" + database + "?sslMode=disable",
                user, password);
        try (Statement s = db.createStatement()) {
            // a Galera node answers reads only after it has applied what the cluster committed before them
            s.execute("SET SESSION wsrep_sync_wait = 1");
        } catch (SQLException notGalera) {
            // a single MariaDB (./portal up): nothing to wait for
        }
        return db;
    }

    /** The acknowledged needs that this node does not hold with their title. */
    static long missingNeeds(Connection db, Map<Long, String> acknowledged) throws SQLException {
        Map<Long, String> found = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT id, title FROM need WHERE id = ?")) {
            for (Long id : acknowledged.keySet()) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        found.put(r.getLong(1), r.getString(2));
                    }
                }
            }
        }
        return missing(acknowledged, found);
    }

    static long missing(Map<Long, String> acknowledged, Map<Long, String> found) {
        return acknowledged.entrySet().stream().filter(e -> !e.getValue().equals(found.get(e.getKey()))).count();
    }

    /** The registrations answered 201 that the conference does not hold. */
    static long missingRegistrations(Connection db, long conference, Collection<String> acknowledgedEmails)
            throws SQLException {
        Set<String> held = new HashSet<>();
        try (PreparedStatement s = db.prepareStatement("SELECT email FROM conf_registration WHERE conference_id = ?")) {
            s.setLong(1, conference);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    held.add(r.getString(1));
                }
            }
        }
        return acknowledgedEmails.stream().filter(e -> !held.contains(e)).count();
    }

    /** The session's seats held (confirmed or offered), recounted from the choices. */
    static long seatsHeld(Connection db, long session) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM conf_choice WHERE session_id = ?"
                + " AND status IN ('CONFIRMED', 'OFFERED')")) {
            s.setLong(1, session);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
