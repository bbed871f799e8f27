package de.mitwirken.tools;

import de.mitwirken.needs.control.SearchTerms;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fills a portal database with many realistic needs for load and scale tests: residents, needs across
 * fields, services and districts, supports (skewed: a few needs get many), comments, follows and status
 * history, with their German search stems. Counters are consistent with the rows. Generated people have
 * subjects "gen-…" and can be told apart from real ones.
 * <p>
 * Optionally also backlog items (Vorhaben) linked to those needs, for measuring the ranking at scale: each with
 * 1–3 strategy fields, 1–3 affected services, 20–300 linked published needs, a status mix like a working backlog
 * and (from ASSESSED on, always) effort, confidence and an impact. Their stored supporter counts
 * (backlog_item_supporters) are left out on purpose: the first ranking counts them, as in production.
 * <p>
 * Usage: ./portal generate-data [needs] [--items n] (defaults: 100 000 needs, 5 000 people, no items; with 0
 * needs, the items link needs already in the database; see README).
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

    static final String[] ITEM_STATUSES = {"PROPOSED", "ASSESSED", "PRIORITISED", "IN_PROGRESS", "DONE", "DROPPED"};
    /** Share of each status in {@link #ITEM_STATUSES}, in per cent: mostly assessed, prioritised and in progress. */
    static final int[] ITEM_STATUS_PERCENT = {8, 25, 27, 32, 6, 2};
    static final String[] ITEM_FIELDS = {"ADMINISTRATION", "IT_COMMUNICATION", "ENERGY_ENVIRONMENT", "MOBILITY", "SOCIETY"};
    static final String[] DEPARTMENTS = {"Bürgeramt", "Amt für Digitalisierung und IT", "Bauordnungsamt", "Jugendamt",
            "Straßenverkehrsamt", "Tiefbauamt", "Schulamt", "Standesamt", "Amt für Klimaschutz und Umwelt",
            "Stabsstelle Digitalisierung", "Ausländerbehörde", "Kämmerei", "Gebäudemanagement"};
    static final String[] ITEM_KINDS = {"Online-Antrag", "Digitale Akte", "Statusanzeige", "Terminportal",
            "Offene Schnittstelle", "Mobile App", "Digitaler Bescheid", "Online-Bezahlung"};

    private final Random random = new Random(42);
    private final Random itemRandom = new Random(43);

    public static void main(String[] args) throws Exception {
        int needs = 100_000;
        int items = 0;
        int positional = 0;
        for (int a = 0; a < args.length; a++) {
            if ("--items".equals(args[a]) && a + 1 < args.length) {
                items = Integer.parseInt(args[++a]);
            } else if (positional++ == 0) {
                needs = Integer.parseInt(args[a]);
            } else {
                items = Integer.parseInt(args[a]);
            }
        }
        int people = Math.max(200, Math.min(needs / 20, 20_000));
        String url = "jdbc:mariadb://" + env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "3306") + "/"
                + env("DB_NAME", "mitwirken") + "?sslMode=disable&useBulkStmts=true&rewriteBatchedStatements=true";
        try (Connection db = DriverManager.getConnection(url, env("DB_USER", "root"), env("DB_PASSWORD", ""))) {
            DataGenerator generator = new DataGenerator();
            List<Long> published = needs > 0 ? generator.generate(db, needs, people)
                    : ids(db, "SELECT id FROM need WHERE status IN ('PUBLISHED', 'ANSWERED')");
            if (items > 0) {
                generator.generateItems(db, items, published);
            }
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Generates the needs and answers the ids of the published (and answered) ones among them. */
    List<Long> generate(Connection db, int needCount, int peopleCount) throws SQLException {
        Instant started = Instant.now();
        List<Long> publishedIds = new ArrayList<>();
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
                if (published != null) {
                    publishedIds.add(id);
                }
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
        return publishedIds;
    }

    /**
     * Adds backlog items linked to needs of the pool (published needs), with fields, affected services and a
     * few manual ranks with their justification, and no scores, ranks or supporter counts: the office's
     * "Rangfolge neu berechnen" computes them. Every value respects the CHECK constraints of V5.
     */
    void generateItems(Connection db, int itemCount, List<Long> needPool) throws SQLException {
        if (needPool.size() < 300) {
            throw new IllegalStateException("too few published needs to link (" + needPool.size() + "); generate needs first");
        }
        Instant started = Instant.now();
        db.setAutoCommit(false);
        List<Long> services = ids(db, "SELECT id FROM service");
        if (services.isEmpty()) {
            throw new IllegalStateException("the service catalogue is empty: items need affected services");
        }
        long firstItem = nextId(db, "backlog_item");
        Instant now = Instant.now();
        Random r = itemRandom;
        int links = 0;
        int overrides = 0;
        try (PreparedStatement item = db.prepareStatement("INSERT INTO backlog_item (id, title, description,"
                + " owner_department, horizon, status, drop_reason, start_date, end_date, progress, impact_rating, confidence,"
                + " board_confidence, effort, manual_rank, created_at, created_by, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'generator', 0)");
             PreparedStatement field = db.prepareStatement("INSERT INTO backlog_item_field (item_id, field) VALUES (?, ?)");
             PreparedStatement service = db.prepareStatement("INSERT INTO backlog_item_service (item_id, service_id)"
                     + " VALUES (?, ?)");
             PreparedStatement need = db.prepareStatement("INSERT INTO backlog_item_need (item_id, need_id) VALUES (?, ?)");
             PreparedStatement override = db.prepareStatement("INSERT INTO rank_override (item_id, item_rank,"
                     + " justification, created_at, created_by) VALUES (?, ?, ?, ?, 'generator')")) {
            for (int i = 0; i < itemCount; i++) {
                long id = firstItem + i;
                String status = itemStatus(r.nextInt(100));
                boolean open = !"DONE".equals(status) && !"DROPPED".equals(status);
                // from ASSESSED on an item is assessed (effort, confidence, impact from rating or services);
                // a third of the proposals already carry a first estimate
                boolean assessed = !"PROPOSED".equals(status) || r.nextInt(3) == 0;
                LocalDate start = "PROPOSED".equals(status) ? null : LocalDate.of(2025, 1, 1).plusDays(r.nextInt(900));
                LocalDate end = start == null ? null : start.plusDays(90 + r.nextInt(1200));
                String topic = TOPICS[r.nextInt(TOPICS.length)];
                item.setLong(1, id);
                item.setString(2, ITEM_KINDS[r.nextInt(ITEM_KINDS.length)] + " " + topic + " (" + id + ")");
                item.setString(3, SENTENCES[r.nextInt(SENTENCES.length)] + " " + SENTENCES[r.nextInt(SENTENCES.length)]);
                item.setString(4, DEPARTMENTS[r.nextInt(DEPARTMENTS.length)]);
                item.setString(5, r.nextBoolean() ? "SHORT_2025" : "LONG_2030");
                item.setString(6, status);
                item.setString(7, "DROPPED".equals(status) ? "Vom Rat zurückgestellt; ein anderes Vorhaben deckt den Bedarf ab." : null);
                item.setObject(8, start);
                item.setObject(9, end);
                item.setInt(10, "DONE".equals(status) ? 100 : "IN_PROGRESS".equals(status) ? 5 + r.nextInt(91) : 0);
                // most have the office's 1–5 rating; the others take their impact from the services' OZG gain
                setInteger(item, 11, assessed && r.nextInt(5) != 0 ? 1 + r.nextInt(5) : null);
                setInteger(item, 12, assessed ? 30 + r.nextInt(66) : null);
                setInteger(item, 13, assessed && r.nextInt(10) == 0 ? 20 + r.nextInt(76) : null);
                item.setBigDecimal(14, assessed ? BigDecimal.valueOf(5 + r.nextInt(2400), 1) : null);
                Integer manualRank = open && assessed && r.nextInt(100) == 0 ? 1 + r.nextInt(50) : null;
                setInteger(item, 15, manualRank);
                item.setTimestamp(16, ts(now.minus(Duration.ofDays(1 + r.nextInt(700)))));
                item.addBatch();

                for (String f : distinct(r, ITEM_FIELDS.length, 1 + r.nextInt(3))
                        .stream().map(k -> ITEM_FIELDS[k]).toList()) {
                    field.setLong(1, id);
                    field.setString(2, f);
                    field.addBatch();
                }
                for (int k : distinct(r, services.size(), Math.min(services.size(), 1 + r.nextInt(3)))) {
                    service.setLong(1, id);
                    service.setLong(2, services.get(k));
                    service.addBatch();
                }
                for (int k : distinct(r, needPool.size(), 20 + r.nextInt(281))) {
                    need.setLong(1, id);
                    need.setLong(2, needPool.get(k));
                    need.addBatch();
                    links++;
                }
                if (manualRank != null) {
                    override.setLong(1, id);
                    override.setInt(2, manualRank);
                    override.setString(3, "Vom Digitalisierungsbeirat vorgezogen, weil eine Förderfrist läuft.");
                    override.setTimestamp(4, ts(now.minus(Duration.ofDays(r.nextInt(30)))));
                    override.addBatch();
                    overrides++;
                }
                if (i % 100 == 99 || i == itemCount - 1) {
                    item.executeBatch();
                    field.executeBatch();
                    service.executeBatch();
                    need.executeBatch();
                    override.executeBatch();
                    db.commit();
                }
            }
        }
        System.out.printf("Generated %,d backlog items with %,d linked needs and %,d manual ranks in %d s%n", itemCount,
                links, overrides, Duration.between(started, Instant.now()).toSeconds());
    }

    static String itemStatus(int percent) {
        int sum = 0;
        for (int s = 0; s < ITEM_STATUSES.length; s++) {
            sum += ITEM_STATUS_PERCENT[s];
            if (percent < sum) {
                return ITEM_STATUSES[s];
            }
        }
        return ITEM_STATUSES[ITEM_STATUSES.length - 1];
    }

    /** count distinct indexes below bound, at random. */
    private static Set<Integer> distinct(Random r, int bound, int count) {
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, bound)) {
            chosen.add(r.nextInt(bound));
        }
        return chosen;
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
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
