package de.mitwirken.tools;

import de.mitwirken.needs.control.SearchTerms;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a portal database with many realistic needs for load and scale tests: residents, needs across
 * fields, services and districts, supports (skewed: a few needs get many), comments, follows and status
 * history, with their German search stems. Counters are consistent with the rows. Generated people have
 * subjects "gen-…" and can be told apart from real ones.
 * <p>
 * Usage: ./portal generate-data [needs] (defaults: 100 000 needs, 5 000 people; see README).
 */
public final class DataGenerator {

    static final String[] FIELDS = {"ADMINISTRATION", "ADMINISTRATION", "ADMINISTRATION", "IT_COMMUNICATION",
            "ENERGY_ENVIRONMENT", "MOBILITY", "MOBILITY", "SOCIETY", "SOCIETY"};
    static final String[] SUBMITTERS = {"CITIZEN", "CITIZEN", "CITIZEN", "CITIZEN", "CITIZEN", "BUSINESS", "SCIENCE",
            "CIVIL_SOCIETY", "ADMINISTRATION"};
    static final String[] DISTRICTS = {"Mitte", "Altstadt", "Nord", "Ost", "Süd", "West", "Hafen", "Hochschulviertel", null};
    static final String[] WISHES = {"online beantragen", "digital einreichen", "ohne Termin erledigen",
            "mit Statusanzeige verfolgen", "per App melden", "barrierefrei nutzen", "auch auf Englisch anbieten",
            "ohne Papierformular", "mit Online-Bezahlung", "schneller bearbeiten", "am Wochenende erledigen",
            "als offene Daten bereitstellen", "mit digitalem Bescheid", "mit Erinnerung per E-Mail"};
    static final String[] TOPICS = {"Personalausweis", "Reisepass", "Wohnsitzanmeldung", "Baugenehmigung", "Bauvoranfrage",
            "Kfz-Zulassung", "Anwohnerparkausweis", "Gewerbeanmeldung", "Hundesteuer", "Geburtsurkunde", "Eheschließung",
            "Kita-Platz", "Wohngeld", "Führungszeugnis", "Sperrmüll", "Straßenschäden", "Baumfällgenehmigung",
            "Schülerfahrkarte", "Fundsachen", "Veranstaltungsgenehmigung", "Sondernutzung", "Aufenthaltstitel",
            "Ratsinformationen", "WLAN in Bibliotheken", "Radwegeplanung", "Ladesäulen", "Solarkataster", "Parkleitsystem",
            "Schulanmeldung", "Müllabfuhrkalender", "Spielplatzschäden", "Bürgerbüro-Termine"};
    static final String[] SENTENCES = {
            "Heute muss man dafür persönlich vorbeikommen und oft wochenlang auf einen Termin warten.",
            "Das Formular gibt es nur als PDF zum Ausdrucken, danach muss alles per Post geschickt werden.",
            "Viele Berufstätige schaffen es nicht zu den Öffnungszeiten ins Amt.",
            "In anderen Städten geht das längst vollständig online.",
            "Man weiß nach dem Einreichen nicht, wie weit der Antrag ist und wann mit einer Entscheidung zu rechnen ist.",
            "Für Menschen mit Behinderung ist der Weg ins Amt besonders beschwerlich.",
            "Eine digitale Lösung würde Zeit und Papier sparen, auf beiden Seiten.",
            "Die Nachweise liegen der Stadt oft schon vor und müssten nicht erneut eingereicht werden.",
            "Eine Benachrichtigung per E-Mail oder App würde viele Nachfragen überflüssig machen.",
            "Besonders Familien mit kleinen Kindern würden davon profitieren.",
            "Für Unternehmen bedeutet der Papierweg erheblichen Aufwand und Verzögerungen.",
            "Die Informationen auf der Webseite sind veraltet und widersprüchlich.",
            "Eine englische Fassung würde internationalen Studierenden und Fachkräften helfen.",
            "Die Daten sollten als offene Daten zur Verfügung stehen, damit andere sie nutzen können.",
            "Wichtig ist, dass die Lösung auch ohne Smartphone funktioniert."};
    static final String[] FIRST = {"Anna", "Ben", "Clara", "David", "Elif", "Finn", "Greta", "Hamza", "Ida", "Jonas",
            "Katarzyna", "Leon", "Mia", "Nguyen", "Ole", "Paula", "Rafael", "Sofia", "Tim", "Yasemin"};
    static final String[] LAST = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Yılmaz", "Kowalski", "Nguyen", "Hoffmann", "Schulz", "Koch", "Richter", "Klein", "Wolf", "Neumann"};

    private final Random random = new Random(42);

    public static void main(String[] args) throws Exception {
        int needs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int people = Math.max(200, Math.min(needs / 20, 20_000));
        String url = "jdbc:mariadb://" + env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "3306") + "/"
                + env("DB_NAME", "mitwirken") + "?sslMode=disable&useBulkStmts=true&rewriteBatchedStatements=true";
        try (Connection db = DriverManager.getConnection(url, env("DB_USER", "root"), env("DB_PASSWORD", ""))) {
            new DataGenerator().generate(db, needs, people);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    void generate(Connection db, int needCount, int peopleCount) throws SQLException {
        Instant started = Instant.now();
        db.setAutoCommit(false);
        long firstPerson = nextId(db, "user_profile");
        List<Long> people = insertPeople(db, firstPerson, peopleCount);
        List<Long> services = ids(db, "SELECT id FROM service");
        long firstNeed = nextId(db, "need");
        Instant now = Instant.now();
        int supports = 0;
        int comments = 0;
        try (PreparedStatement need = db.prepareStatement("INSERT INTO need (id, title, description, field, submitter_type,"
                + " organisation, district, author_id, language, status, outcome, answer_text, answer_department, answered_at,"
                + " answered_by, support_count, comment_count, search_terms, created_at, confirmed_at, published_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'de', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
             PreparedStatement history = db.prepareStatement("INSERT INTO need_status_change (need_id, status, outcome,"
                     + " changed_at) VALUES (?, ?, ?, ?)");
             PreparedStatement link = db.prepareStatement("INSERT IGNORE INTO need_service (need_id, service_id) VALUES (?, ?)");
             PreparedStatement support = db.prepareStatement("INSERT IGNORE INTO need_support (need_id, profile_id,"
                     + " created_at) VALUES (?, ?, ?)");
             PreparedStatement comment = db.prepareStatement("INSERT INTO need_comment (need_id, author_id, body, official,"
                     + " hidden, created_at) VALUES (?, ?, ?, FALSE, FALSE, ?)");
             PreparedStatement follow = db.prepareStatement("INSERT IGNORE INTO need_follow (need_id, profile_id, active)"
                     + " VALUES (?, ?, TRUE)")) {
            for (int i = 0; i < needCount; i++) {
                long id = firstNeed + i;
                String topic = pick(TOPICS);
                String title = topic + " " + pick(WISHES);
                String description = pick(SENTENCES) + " " + pick(SENTENCES) + " " + pick(SENTENCES);
                String submitter = pick(SUBMITTERS);
                long author = people.get(random.nextInt(people.size()));
                Instant created = now.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60)));
                double roll = random.nextDouble();
                String status = roll < 0.05 ? "SUBMITTED" : roll < 0.17 ? "ANSWERED" : "PUBLISHED";
                Instant published = "SUBMITTED".equals(status) ? null : created.plus(Duration.ofHours(2 + random.nextInt(96)));
                Instant answered = "ANSWERED".equals(status) ? published.plus(Duration.ofDays(1 + random.nextInt(60))) : null;
                // supports: most needs few, some many (heavy tail)
                int supportTarget = published == null ? 0 : (int) Math.min(people.size() - 1, Math.floor(Math.pow(random.nextDouble(), 4) * 400));
                List<Long> supporters = new ArrayList<>();
                for (int s = 0; s < supportTarget; s++) {
                    long p = people.get(random.nextInt(people.size()));
                    if (p != author && !supporters.contains(p)) {
                        supporters.add(p);
                    }
                }
                int commentTarget = published != null && random.nextDouble() < 0.25 ? 1 + random.nextInt(3) : 0;

                need.setLong(1, id);
                need.setString(2, title);
                need.setString(3, description);
                need.setString(4, pick(FIELDS));
                need.setString(5, submitter);
                need.setString(6, "CITIZEN".equals(submitter) ? null : "Organisation " + (1 + random.nextInt(300)));
                need.setString(7, pick(DISTRICTS));
                need.setLong(8, author);
                need.setString(9, status);
                need.setString(10, answered == null ? null : random.nextBoolean() ? "ACCEPTED" : "ALREADY_PLANNED");
                need.setString(11, answered == null ? null : "Vielen Dank für Ihr Anliegen. Die zuständige Stelle prüft eine digitale Lösung.");
                need.setString(12, answered == null ? null : "Stabsstelle Digitalisierung");
                need.setTimestamp(13, ts(answered));
                need.setString(14, answered == null ? null : "generator");
                need.setInt(15, supporters.size());
                need.setInt(16, commentTarget);
                need.setString(17, SearchTerms.of(title, description));
                need.setTimestamp(18, ts(created));
                need.setTimestamp(19, ts(created));
                need.setTimestamp(20, ts(published));
                need.addBatch();

                addHistory(history, id, "SUBMITTED", null, created);
                if (published != null) {
                    addHistory(history, id, "PUBLISHED", null, published);
                }
                if (answered != null) {
                    addHistory(history, id, "ANSWERED", random.nextBoolean() ? "ACCEPTED" : "ALREADY_PLANNED", answered);
                }
                if (!services.isEmpty()) {
                    link.setLong(1, id);
                    link.setLong(2, services.get(random.nextInt(services.size())));
                    link.addBatch();
                }
                follow.setLong(1, id);
                follow.setLong(2, author);
                follow.addBatch();
                for (Long supporter : supporters) {
                    support.setLong(1, id);
                    support.setLong(2, supporter);
                    support.setTimestamp(3, ts(published.plus(Duration.ofHours(1 + random.nextInt(500)))));
                    support.addBatch();
                    follow.setLong(1, id);
                    follow.setLong(2, supporter);
                    follow.addBatch();
                }
                for (int c = 0; c < commentTarget; c++) {
                    comment.setLong(1, id);
                    comment.setLong(2, people.get(random.nextInt(people.size())));
                    comment.setString(3, pick(SENTENCES));
                    comment.setTimestamp(4, ts(published.plus(Duration.ofHours(1 + random.nextInt(500)))));
                    comment.addBatch();
                }
                supports += supporters.size();
                comments += commentTarget;
                if (i % 1000 == 999 || i == needCount - 1) {
                    need.executeBatch();
                    history.executeBatch();
                    link.executeBatch();
                    support.executeBatch();
                    comment.executeBatch();
                    follow.executeBatch();
                    db.commit();
                    if (i % 10_000 == 9_999) {
                        System.out.printf("  %,d needs …%n", i + 1);
                    }
                }
            }
        }
        System.out.printf("Generated %,d people, %,d needs, %,d supports, %,d comments in %d s%n", people.size(), needCount,
                supports, comments, Duration.between(started, Instant.now()).toSeconds());
    }

    private List<Long> insertPeople(Connection db, long first, int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO user_profile (id, subject, username, display_name,"
                + " email, language, mail_mode, created_at, last_sign_in_at) VALUES (?, ?, ?, ?, NULL, 'de', 'NONE', ?, ?)")) {
            Timestamp when = Timestamp.from(Instant.now().minus(Duration.ofDays(800)));
            for (int i = 0; i < count; i++) {
                long id = first + i;
                ps.setLong(1, id);
                ps.setString(2, "gen-" + id);
                ps.setString(3, "gen-" + id);
                ps.setString(4, pick(FIRST) + " " + pick(LAST));
                ps.setTimestamp(5, when);
                ps.setTimestamp(6, when);
                ps.addBatch();
                ids.add(id);
            }
            ps.executeBatch();
        }
        db.commit();
        return ids;
    }

    private static void addHistory(PreparedStatement history, long id, String status, String outcome, Instant at)
            throws SQLException {
        history.setLong(1, id);
        history.setString(2, status);
        history.setString(3, outcome);
        history.setTimestamp(4, ts(at));
        history.addBatch();
    }

    private static long nextId(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1000 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> ids(Connection db, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
