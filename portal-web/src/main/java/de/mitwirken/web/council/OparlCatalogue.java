package de.mitwirken.web.council;

import de.mitwirken.board.boundary.Published;
import de.mitwirken.reporting.boundary.ReportSummary;
import de.mitwirken.web.council.OparlList.Entry;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The portal's public data as OParl 1.1 objects, built for one request: the board as Organization (type "Beirat")
 * and its working groups as Organizations under it (classification "Arbeitsgruppe"),
 * each person with a listed membership as one Person (under their public key, the same for all their terms) with a
 * Membership per listed term, meetings with AgendaItems and Location, adopted recommendations and released progress
 * reports as Paper (recommendations with their Consultation), documents as File, the board's terms as
 * LegislativeTerm. Each external list holds its entries in a stable order (by id); withdrawn memberships are there
 * as deleted Membership, and their Person as deleted once none of their memberships is listed any more.
 */
final class OparlCatalogue {

    static final String BOARD = Published.BOARD;
    static final String RECOMMENDATION_TYPE = "Empfehlung des Digitalisierungsbeirats";
    static final String REPORT_TYPE = "Umsetzungsbericht";

    /** The list names of the Body, as they appear in the URLs. */
    static final List<String> LISTS = List.of("organizations", "people", "memberships", "meetings", "agenda-items",
            "papers", "consultations", "files", "legislative-terms", "locations");

    /** A released report and its stored PDF's size and SHA-512 (hex). */
    record Report(ReportSummary summary, long size, String sha512) {
    }

    private final String oparl;
    private final String web;
    private final OparlSettings settings;
    private final boolean omitInternal;
    private final Map<String, List<Entry>> lists = new LinkedHashMap<>();
    private final Map<String, Entry> byId = new LinkedHashMap<>();
    /** The working-group Memberships of each person (by key), embedded in their Person with the board's. */
    private final Map<String, List<Published.GroupMembership>> groupPlaces = new HashMap<>();
    /** When each person (by key) last left a working group: their Person's embedded memberships changed then. */
    private final Map<String, Instant> groupLeftAt = new HashMap<>();
    /** The Person URL of each listed membership, for the participants of meetings. */
    private final Map<Long, String> personOfMembership = new HashMap<>();
    private Instant created;
    private Instant modified;

    OparlCatalogue(OparlSettings settings, boolean omitInternal, List<Published.Membership> memberships,
                   List<Published.Withdrawal> withdrawals, List<Published.Meeting> meetings,
                   List<Published.Recommendation> recommendations, List<Report> reports) {
        this(settings, omitInternal, memberships, withdrawals, meetings, recommendations, reports, WorkingGroups.NONE);
    }

    /** The board's working groups and the places in them that left the public (see {@link #workingGroups}). */
    record WorkingGroups(List<Published.WorkingGroup> groups, List<Published.GroupWithdrawal> withdrawals) {
        static final WorkingGroups NONE = new WorkingGroups(List.of(), List.of());
    }

    OparlCatalogue(OparlSettings settings, boolean omitInternal, List<Published.Membership> memberships,
                   List<Published.Withdrawal> withdrawals, List<Published.Meeting> meetings,
                   List<Published.Recommendation> recommendations, List<Report> reports, WorkingGroups groups) {
        this.settings = settings;
        this.oparl = settings.oparl();
        this.web = settings.base();
        this.omitInternal = omitInternal;
        LISTS.forEach(l -> lists.put(l, new ArrayList<>()));
        Stream.of(memberships.stream().flatMap(m -> Stream.of(m.created(), m.modified())),
                        withdrawals.stream().map(Published.Withdrawal::at),
                        meetings.stream().flatMap(m -> Stream.of(m.created(), m.modified())),
                        recommendations.stream().map(Published.Recommendation::modified),
                        reports.stream().map(r -> r.summary().releasedAt()))
                .flatMap(s -> s).filter(Objects::nonNull).forEach(this::seen);
        workingGroups(groups);
        people(memberships, withdrawals);
        List<Published.Membership> board = memberships.stream().filter(m -> BOARD.equals(m.organization())).toList();
        terms(board);
        meetings.forEach(this::meeting);
        recommendations.forEach(this::recommendation);
        reports.forEach(this::report);
        organization(board);
        lists.values().forEach(l -> l.sort(Comparator.comparing(e -> e.object().getString("id"))));
    }

    List<Entry> list(String name) {
        return lists.get(name);
    }

    /** An object by its URL (also a deleted one), or null. */
    Entry find(String id) {
        return byId.get(id);
    }

    JsonObject system() {
        return OparlJson.object(oparl, "System").add("oparlVersion", OparlJson.SCHEMA)
                .add("body", oparl + "/bodies").add("name", "Mitwirken – " + settings.bodyName)
                .add("license", settings.license).add("contactEmail", settings.contactEmail)
                .add("contactName", settings.contactName).add("website", web + "/").add("vendor", web + "/platform/about.xhtml")
                .add("product", web + "/platform/about.xhtml").add("web", web + "/").add("created", created).add("modified", modified)
                .build();
    }

    JsonObject body() {
        String body = oparl + "/body/1";
        OparlJson json = OparlJson.object(body, "Body").add("system", oparl).add("name", settings.bodyName)
                .add("shortName", settings.bodyShortName).add("ags", settings.ags).add("website", settings.website)
                .add("license", settings.license).add("contactEmail", settings.contactEmail)
                .add("contactName", settings.contactName).add("classification", "Kreisfreie Stadt")
                .add("organization", body + "/organizations").add("person", body + "/people")
                .add("meeting", body + "/meetings").add("paper", body + "/papers")
                .add("agendaItem", body + "/agenda-items").add("consultation", body + "/consultations")
                .add("file", body + "/files").add("membership", body + "/memberships")
                .add("legislativeTermList", body + "/legislative-terms").add("locationList", body + "/locations")
                .add("web", web + "/board/index.xhtml").add("created", created).add("modified", modified);
        // legislativeTerm is required, internal, and left out only when the client asks so
        if (!omitInternal) {
            json.addRequired("legislativeTerm", lists.get("legislative-terms").stream().map(Entry::object).toList());
        }
        return json.build();
    }

    String bodyUrl() {
        return oparl + "/body/1";
    }

    private void seen(Instant time) {
        created = created == null || time.isBefore(created) ? time : created;
        modified = modified == null || time.isAfter(modified) ? time : modified;
    }

    private void organization(List<Published.Membership> members) {
        String id = oparl + "/organization/" + BOARD;
        put("organizations", OparlJson.object(id, "Organization").add("body", bodyUrl())
                .add("name", "Digitalisierungsbeirat").add("shortName", "Beirat").add("organizationType", "Beirat")
                .add("classification", "Beirat").add("membership", members.stream().map(m -> membershipId(m.id())).toList())
                .add("meeting", oparl + "/organization/" + BOARD + "/meetings")
                .add("web", web + "/board/index.xhtml").add("created", created).add("modified", modified).build(),
                created, modified, false);
    }

    /**
     * One Person per person with all their listed memberships (created: the earliest of them, modified: the latest,
     * or a later withdrawal of one of their memberships; status: the roles of the running ones); a withdrawn
     * membership as deleted Membership, its Person deleted only when no listed membership of theirs remains.
     */
    private void people(List<Published.Membership> memberships, List<Published.Withdrawal> withdrawals) {
        Map<String, List<Published.Membership>> byPerson = new LinkedHashMap<>();
        for (Published.Membership m : memberships) {
            byPerson.computeIfAbsent(m.person().key(), k -> new ArrayList<>()).add(m);
            personOfMembership.put(m.id(), personId(m.person().key()));
        }
        Map<String, Instant> withdrawnOf = new HashMap<>();
        for (Published.Withdrawal w : withdrawals) {
            switch (w.kind()) {
                case MEMBERSHIP -> {
                    put("memberships", deleted(membershipId(w.memberId()), "Membership", w.at()), null, w.at(), true);
                    if (w.personKey() != null) {
                        withdrawnOf.merge(w.personKey(), w.at(), (a, b) -> a.isAfter(b) ? a : b);
                    }
                }
                // the Person per membership of before V41: its id was the membership's
                case PERSON_OF_MEMBERSHIP -> put("people", deleted(oparl + "/person/" + w.memberId(), "Person", w.at()),
                        null, w.at(), true);
            }
        }
        byPerson.forEach((key, ms) -> {
            List<Published.GroupMembership> places = groupPlaces.getOrDefault(key, List.of());
            List<JsonObject> objects = Stream.concat(ms.stream().map(this::membership),
                    places.stream().map(p -> (JsonObject) find(groupMembershipId(p.id())).object())).toList();
            Instant c = ms.stream().map(Published.Membership::created).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            Instant mod = Stream.of(ms.stream().map(Published.Membership::modified), Stream.of(withdrawnOf.get(key)),
                            places.stream().map(Published.GroupMembership::modified), Stream.of(groupLeftAt.get(key)))
                    .flatMap(x -> x)
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
            OparlJson person = OparlJson.object(personId(key), "Person").add("body", bodyUrl())
                    .add("name", ms.get(0).person().name())
                    .add("status", ms.stream().filter(Published.Membership::current).map(OparlCatalogue::role)
                            .distinct().toList())
                    .add("created", c).add("modified", mod);
            if (!omitInternal) {
                person.add("membership", objects);
            }
            put("people", person.build(), c, mod, false);
        });
        withdrawnOf.forEach((key, at) -> {
            if (!byPerson.containsKey(key)) {
                put("people", deleted(personId(key), "Person", at), null, at, true);
            }
        });
    }

    /**
     * Each working group as an Organization of the board (type "Beirat", classification "Arbeitsgruppe",
     * subOrganizationOf the board; a dissolved one with its endDate) with a Membership ("Mitglied") per listed member,
     * pointing to the member's Person (which embeds it, see {@link #people}); places that left the public are deleted
     * Memberships.
     */
    private void workingGroups(WorkingGroups groups) {
        groups.groups().stream().flatMap(g -> Stream.concat(Stream.of(g.created(), g.modified()),
                g.memberships().stream().flatMap(m -> Stream.of(m.created(), m.modified()))))
                .filter(Objects::nonNull).forEach(this::seen);
        groups.withdrawals().forEach(w -> seen(w.at()));
        for (Published.WorkingGroup g : groups.groups()) {
            String id = groupId(g.id());
            for (Published.GroupMembership m : g.memberships()) {
                put("memberships", OparlJson.object(groupMembershipId(m.id()), "Membership")
                        .add("person", personId(m.person().key())).add("organization", id).add("role", "Mitglied")
                        .add("votingRight", true).add("startDate", m.start()).add("endDate", m.end())
                        .add("created", m.created()).add("modified", m.modified()).build(), m.created(), m.modified(), false);
                groupPlaces.computeIfAbsent(m.person().key(), k -> new ArrayList<>()).add(m);
            }
            put("organizations", OparlJson.object(id, "Organization").add("body", bodyUrl()).add("name", g.name())
                    .add("organizationType", "Beirat").add("classification", "Arbeitsgruppe")
                    .add("subOrganizationOf", oparl + "/organization/" + BOARD)
                    .add("membership", g.memberships().stream().map(m -> groupMembershipId(m.id())).toList())
                    .add("startDate", g.start()).add("endDate", g.end())
                    .add("web", web + "/board/index.xhtml").add("created", g.created()).add("modified", g.modified())
                    .build(), g.created(), g.modified(), false);
        }
        for (Published.GroupWithdrawal w : groups.withdrawals()) {
            put("memberships", deleted(groupMembershipId(w.membershipId()), "Membership", w.at()), null, w.at(), true);
            if (w.personKey() != null) {
                groupLeftAt.merge(w.personKey(), w.at(), (x, y) -> x.isAfter(y) ? x : y);
            }
        }
    }

    private String groupId(long groupId) {
        return oparl + "/organization/group-" + groupId;
    }

    private String groupMembershipId(long groupMembershipId) {
        return oparl + "/membership/group-" + groupMembershipId;
    }

    /** A membership, pointing to its Person and to the organization it is of. */
    private JsonObject membership(Published.Membership m) {
        JsonObject membership = OparlJson.object(membershipId(m.id()), "Membership").add("person", personId(m.person().key()))
                .add("organization", oparl + "/organization/" + m.organization()).add("role", role(m))
                .add("votingRight", true).add("startDate", m.termStart()).add("endDate", m.termEnd())
                .add("created", m.created()).add("modified", m.modified()).build();
        put("memberships", membership, m.created(), m.modified(), false);
        return membership;
    }

    /** The board's terms: one per start date of the listed members' terms, ending with the latest of them. */
    private void terms(List<Published.Membership> members) {
        Map<LocalDate, List<Published.Membership>> byStart = new TreeMap<>();
        members.forEach(m -> byStart.computeIfAbsent(m.termStart(), d -> new ArrayList<>()).add(m));
        byStart.forEach((start, ms) -> {
            LocalDate end = ms.stream().map(Published.Membership::termEnd).max(Comparator.naturalOrder()).orElseThrow();
            Instant c = ms.stream().map(Published.Membership::created).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            Instant mod = ms.stream().map(Published.Membership::modified).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
            put("legislative-terms", OparlJson.object(oparl + "/legislative-term/" + start, "LegislativeTerm")
                    .add("body", bodyUrl()).add("name", "Amtszeit ab " + start).add("startDate", start)
                    .add("endDate", end).add("created", c).add("modified", mod).build(), c, mod, false);
        });
    }

    private void meeting(Published.Meeting m) {
        String id = oparl + "/meeting/" + m.id();
        List<JsonObject> items = new ArrayList<>();
        for (Published.AgendaItem a : m.agenda()) {
            JsonObject item = agendaItem(a, id, m);
            items.add(item);
            put("agenda-items", item, m.created(), a.modified(), false);
            a.documents().forEach(d -> put("files", document(d), d.uploaded(), d.uploaded(), false));
        }
        JsonObject location = null;
        if (m.place() != null) {
            location = OparlJson.object(oparl + "/location/" + m.id(), "Location").add("description", m.place())
                    .add("meeting", List.of(id)).add("created", m.created()).add("modified", m.modified()).build();
            put("locations", location, m.created(), m.modified(), false);
        }
        JsonObject invitation = file("invitation-" + m.id(), "Tagesordnung: " + m.title(),
                "tagesordnung-" + m.id() + ".pdf", m.created(), m.modified(), null, null, "meeting", id);
        put("files", invitation, m.created(), m.modified(), false);
        JsonObject protocol = null;
        if (m.minutesPublished()) {
            protocol = file("protocol-" + m.id(), "Protokoll: " + m.title(), "protokoll-" + m.id() + ".pdf",
                    m.created(), m.modified(), null, null, "meeting", id);
            put("files", protocol, m.created(), m.modified(), false);
        }
        OparlJson meeting = OparlJson.object(id, "Meeting").add("name", m.title()).add("meetingState", state(m))
                .add("cancelled", m.status() == de.mitwirken.board.entity.MeetingStatus.CANCELLED)
                .add("start", m.starts()).add("end", m.ends()).add("location", location)
                .add("organization", List.of(oparl + "/organization/" + BOARD))
                .add("participant", m.participants().stream().map(personOfMembership::get).filter(Objects::nonNull)
                        .distinct().toList())
                .add("invitation", invitation).add("resultsProtocol", protocol)
                .add("web", web + "/board/meeting.xhtml?id=" + m.id()).add("created", m.created())
                .add("modified", m.modified());
        if (!omitInternal) {
            meeting.add("agendaItem", items);
        }
        put("meetings", meeting.build(), m.created(), m.modified(), false);
    }

    private JsonObject agendaItem(Published.AgendaItem a, String meetingId, Published.Meeting m) {
        return OparlJson.object(oparl + "/agenda-item/" + a.id(), "AgendaItem").add("meeting", meetingId)
                .add("number", Integer.toString(a.position())).add("order", a.position()).add("name", a.title())
                .add("public", a.publicPoint()).add("result", result(a)).add("resolutionText", a.minutes())
                .add("auxiliaryFile", a.documents().stream().map(d -> fileId("doc-" + d.id())).toList())
                .add("web", web + "/board/meeting.xhtml?id=" + m.id()).add("created", m.created())
                .add("modified", a.modified()).build();
    }

    private JsonObject document(Published.Document d) {
        return file("doc-" + d.id(), d.filename(), d.filename(), d.uploaded(), d.uploaded(), (long) d.size(), d.sha512(),
                "agendaItem", oparl + "/agenda-item/" + d.agendaItemId());
    }

    private void recommendation(Published.Recommendation r) {
        String paper = oparl + "/paper/recommendation-" + r.id();
        Instant c = r.voted() != null ? r.voted() : r.drafted();
        JsonObject main = file("recommendation-" + r.id(), r.title(), "empfehlung-" + r.id() + ".pdf", c, r.modified(),
                null, null, "paper", paper);
        put("files", main, c, r.modified(), false);
        JsonObject consultation = null;
        if (r.meetingId() != null) {
            consultation = OparlJson.object(oparl + "/consultation/recommendation-" + r.id(), "Consultation")
                    .add("paper", paper).add("meeting", oparl + "/meeting/" + r.meetingId())
                    .add("agendaItem", r.agendaItemId() == null ? null : oparl + "/agenda-item/" + r.agendaItemId())
                    .add("organization", List.of(oparl + "/organization/" + BOARD)).add("authoritative", true)
                    .add("role", "Beschlussfassung").add("created", c).add("modified", r.modified()).build();
            put("consultations", consultation, c, r.modified(), false);
        }
        OparlJson json = OparlJson.object(paper, "Paper").add("body", bodyUrl()).add("name", r.title())
                .add("reference", "DB-E-" + r.id())
                .add("date", r.voted() == null ? null : r.voted().atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate())
                .add("paperType", RECOMMENDATION_TYPE).add("mainFile", main)
                .add("originatorOrganization", List.of(oparl + "/organization/" + BOARD))
                .add("web", web + "/board/recommendation.xhtml?id=" + r.id()).add("created", c)
                .add("modified", r.modified());
        if (!omitInternal && consultation != null) {
            json.add("consultation", List.of(consultation));
        }
        put("papers", json.build(), c, r.modified(), false);
    }

    private void report(Report report) {
        ReportSummary s = report.summary();
        Instant at = s.releasedAt();
        JsonObject main = file("report-" + s.id(), s.title(), "umsetzungsbericht-" + s.id() + ".pdf", at, at,
                report.size(), report.sha512(), "paper", oparl + "/paper/report-" + s.id());
        put("files", main, at, at, false);
        put("papers", OparlJson.object(oparl + "/paper/report-" + s.id(), "Paper").add("body", bodyUrl())
                .add("name", s.title()).add("reference", "UB-" + s.id() + "-v" + s.version())
                .add("date", at.atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate())
                .add("paperType", REPORT_TYPE).add("mainFile", main)
                .add("web", web + "/reporting/report.xhtml?id=" + s.id()).add("created", at).add("modified", at)
                .build(), at, at, false);
    }

    /** A PDF; {@code back} names what it belongs to (meeting, agendaItem or paper) and {@code to} that object. */
    private JsonObject file(String localId, String name, String fileName, Instant c, Instant mod, Long size,
                            String sha512, String back, String to) {
        String id = fileId(localId);
        return OparlJson.object(id, "File").add("name", name).add("fileName", fileName).add("mimeType", "application/pdf")
                .add("date", mod == null ? null : mod.atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate())
                .add("size", size).add("sha512Checksum", sha512).add("accessUrl", id + "/access")
                .add("downloadUrl", id + "/download").add(back, to == null ? null : List.of(to))
                .add("created", c).add("modified", mod).build();
    }

    private static String result(Published.AgendaItem a) {
        if (a.votesYes() == null) {
            return null;
        }
        String outcome = a.votesYes() > a.votesNo() ? "angenommen" : "abgelehnt";
        return outcome + " (" + a.votesYes() + " Ja, " + a.votesNo() + " Nein, " + a.votesAbstain() + " Enthaltungen)";
    }

    private static String state(Published.Meeting m) {
        return switch (m.status()) {
            case PLANNED -> "geplant";
            case INVITED -> "eingeladen";
            case HELD -> "durchgeführt";
            case MINUTES_APPROVED -> "Protokoll genehmigt";
            case CANCELLED -> "abgesagt";
        };
    }

    /** Chair, deputy or member, with the constituency the seat belongs to. */
    private static String role(Published.Membership m) {
        String role = switch (m.role()) {
            case CHAIR -> "Vorsitz";
            case DEPUTY_CHAIR -> "Stellvertretender Vorsitz";
            default -> "Mitglied";
        };
        String seat = switch (m.constituency()) {
            case BUSINESS -> "Wirtschaft";
            case SCIENCE -> "Wissenschaft";
            case CIVIL_SOCIETY -> "Zivilgesellschaft";
            default -> "Verwaltung";
        };
        return role + " (Sitz " + seat + (m.organisation() == null ? "" : ", " + m.organisation()) + ")";
    }

    /** A person's URL: their public key, the same for all their memberships (BoardPerson). */
    private String personId(String personKey) {
        return oparl + "/person/" + personKey;
    }

    private String membershipId(long memberId) {
        return oparl + "/membership/" + memberId;
    }

    private String fileId(String localId) {
        return oparl + "/file/" + localId;
    }

    private static JsonObject deleted(String id, String type, Instant at) {
        return OparlJson.object(id, type).add("deleted", true).add("modified", at).build();
    }

    private void put(String list, JsonObject object, Instant c, Instant mod, boolean deleted) {
        Entry entry = new Entry(object, c, mod, deleted);
        lists.get(list).add(entry);
        byId.put(object.getString("id"), entry);
    }
}
