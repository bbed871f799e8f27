package de.mitwirken.it.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.conference.boundary.ChoiceView;
import de.mitwirken.conference.boundary.ConferenceRegistration;
import de.mitwirken.conference.boundary.Holder;
import de.mitwirken.conference.boundary.RegistrationResult;
import de.mitwirken.conference.boundary.RegistrationView;
import de.mitwirken.conference.boundary.PublicProgramme;
import de.mitwirken.conference.boundary.SessionView;
import de.mitwirken.conference.control.OfferExpiry;
import de.mitwirken.conference.control.EditionChanges;
import de.mitwirken.conference.control.Reminders;
import de.mitwirken.conference.control.SessionChanges;
import de.mitwirken.conference.entity.SessionDraft;
import de.mitwirken.conference.entity.SessionKind;
import de.mitwirken.conference.control.TicketKeys;
import de.mitwirken.conference.entity.AttendeeGroup;
import de.mitwirken.conference.entity.RegistrationDraft;
import de.mitwirken.it.support.Deployments;
import de.mitwirken.it.support.SharedPortal;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.entity.Language;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The conference's rules inside the server, through its boundaries and the real database: quotas of the
 * conference, the registration type and the sessions; the overlap rule; offers from the session and the
 * conference queues, accepted, or run out at a time the test chooses (the expiry job is given "now") and
 * passed on; guests who do not confirm their address in time. After every step the counters match a recount.
 */
@Tag(SharedPortal.IN_SERVER)
@ExtendWith(ArquillianExtension.class)
class ConferenceRulesIT {

    private static final Duration DAY = Duration.ofDays(1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWith(ConferenceRulesIT.class, ConferenceFixture.class);
    }

    @Resource(lookup = "jdbc/portal-schema")
    DataSource owner;
    @Inject
    ConferenceRegistration registrations;
    @Inject
    OfferExpiry expiry;
    @Inject
    TicketKeys keys;
    @Inject
    SessionChanges changes;
    @Inject
    PublicProgramme programme;
    @Inject
    UserTransaction tx;
    @Inject
    EditionChanges editions;
    @Inject
    Reminders reminders;

    private ConferenceFixture fixture;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void unpublish() throws SQLException {
        if (fixture != null) {
            fixture.unpublish();
        }
    }

    @Test
    void quotasOverlapAndQueuesAreKeptAndOffersPassOnWhenTheyRunOut() throws Exception {
        fixture = new ConferenceFixture(owner, "Regeln", 100);
        fixture.participants(3);
        long workshop = fixture.session("Werkstatt mit einem Platz", 9 * 60, 10 * 60, 1);
        long clash = fixture.session("Zur selben Zeit", 9 * 60 + 30, 10 * 60 + 30, 10);
        long later = fixture.session("Danach", 10 * 60, 11 * 60, 5);
        long conference = fixture.conference;

        InvalidInput overlap = assertThrows(InvalidInput.class, () -> register("anna", workshop, clash));
        assertEquals("conference.error.overlap", overlap.problems().get("sessions"));

        RegistrationResult anna = register("anna", workshop, later);
        assertEquals("CONFIRMED", anna.status());
        assertEquals(List.of("CONFIRMED", "CONFIRMED"), statuses(anna.sessions()));
        RegistrationResult ben = register("ben", workshop);
        assertEquals("WAITLISTED", ben.sessions().get(0).status());
        assertEquals(1L, ben.sessions().get(0).position());
        RegistrationResult cleo = register("cleo", workshop);
        assertEquals(2L, cleo.sessions().get(0).position());
        RegistrationResult dora = register("dora", later);
        assertEquals("WAITLISTED", dora.status(), "the type's quota of 3 is used up");
        assertEquals(1L, dora.position());
        assertEquals("WISHED", dora.sessions().get(0).status(), "a waiting registration holds no session seat");
        assertEquals("conference.error.registeredAlready",
                assertThrows(InvalidInput.class, () -> register("anna", later)).problems().get("email"));
        fixture.assertCountersMatchRecount(3);

        // Anna gives up the workshop: Ben, first in its queue, is offered the seat until the offer runs out.
        registrations.dropSession(holder(anna), workshop);
        RegistrationView benNow = registrations.registration(holder(ben));
        assertEquals("OFFERED", benNow.choices().get(0).status());
        Instant deadline = benNow.choices().get(0).offerExpiresAt();
        fixture.assertCountersMatchRecount(3);
        assertEquals(1, fixture.value("SELECT taken FROM conf_session WHERE id = ?", workshop), "the offer holds the seat");

        // Ben's and Cleo's addresses are confirmed, so the run-out below ends only the offer
        registrations.confirmAddress(holder(ben));
        registrations.confirmAddress(holder(cleo));
        registrations.confirmAddress(holder(anna));
        registrations.confirmAddress(holder(dora));
        assertEquals(0, expiry.expire(conference, deadline.minusSeconds(1)), "nothing ends before the deadline");
        assertEquals(1, expiry.expire(conference, deadline), "the offer ends at its deadline");
        assertEquals(List.of(), registrations.registration(holder(ben)).choices(), "Ben's offer is gone");
        RegistrationView cleoNow = registrations.registration(holder(cleo));
        assertEquals("OFFERED", cleoNow.choices().get(0).status(), "the seat passed on to the next in the queue");
        registrations.acceptSessionOffer(holder(cleo), workshop);
        assertEquals("CONFIRMED", registrations.registration(holder(cleo)).choices().get(0).status());
        NotAllowed late = assertThrows(NotAllowed.class, () -> registrations.acceptSessionOffer(holder(ben), workshop));
        assertEquals("conference.error.notChosen", late.messageKey(), "Ben's run-out offer cannot be accepted");
        fixture.assertCountersMatchRecount(3);

        // Anna cancels: her conference place goes to Dora, who waited for one; accepting it claims her wish.
        registrations.cancelRegistration(holder(anna));
        RegistrationView doraNow = registrations.registration(holder(dora));
        assertEquals("OFFERED", doraNow.status());
        registrations.acceptOffer(holder(dora));
        doraNow = registrations.registration(holder(dora));
        assertEquals("CONFIRMED", doraNow.status());
        assertEquals("CONFIRMED", doraNow.choices().get(0).status(), "the wished session had a free seat");
        assertNull(doraNow.position());
        fixture.assertCountersMatchRecount(3);
        assertEquals(1, fixture.value("SELECT taken FROM conf_session WHERE id = ?", later), "Anna's seat went back, Dora took one");
    }

    @Test
    void aGuestWhoDoesNotConfirmInTimeLosesThePlaceToTheQueue() throws Exception {
        fixture = new ConferenceFixture(owner, "Bestätigung", 1);
        fixture.participants(10);
        long workshop = fixture.session("Werkstatt", 9 * 60, 10 * 60, 1);
        RegistrationResult eva = register("eva", workshop);
        RegistrationResult finn = register("finn", workshop);
        assertEquals("CONFIRMED", eva.status());
        assertEquals("WAITLISTED", finn.status(), "the conference has one place");
        registrations.confirmAddress(holder(finn));
        Instant later = Instant.now().plus(DAY).plus(Duration.ofMinutes(5));
        assertEquals(1, expiry.expire(fixture.conference, later), "Eva did not confirm within 24 hours");
        assertEquals("EXPIRED", registrations.registration(holder(eva)).status());
        RegistrationView finnNow = registrations.registration(holder(finn));
        assertEquals("OFFERED", finnNow.status(), "Finn, first in the conference's queue, is offered the place");
        assertEquals("WISHED", finnNow.choices().get(0).status());
        fixture.assertCountersMatchRecount(1);
        assertEquals(0, fixture.value("SELECT taken FROM conf_session WHERE id = ?", workshop), "Eva's session seat is free");
        NotAllowed gone = assertThrows(NotAllowed.class, () -> registrations.confirmAddress(holder(eva)));
        assertEquals("conference.error.notPossible", gone.messageKey());
    }

    @Test
    void aSessionNumberOfAnotherConferenceOrNoneIsRefusedWithAMessage() throws Exception {
        fixture = new ConferenceFixture(owner, "Fremde Sitzung", 1);
        fixture.participants(10);
        long workshop = fixture.session("Werkstatt", 9 * 60, 10 * 60, 5);
        RegistrationResult gina = register("gina");
        NotAllowed unknown = assertThrows(NotAllowed.class, () -> registrations.chooseSession(holder(gina), workshop + 100_000));
        assertEquals("conference.error.unknownSession", unknown.messageKey(), "a forged number in the form");
        registrations.chooseSession(holder(gina), workshop);
        assertEquals(List.of("CONFIRMED"), statuses(registrations.registration(holder(gina)).choices()));
    }

    @Test
    void aCancelledSessionGivesBackEverySeatClosesItsQueueAndTellsEachPersonOnce() throws Exception {
        fixture = new ConferenceFixture(owner, "Absage", 100);
        fixture.participants(10);
        long workshop = fixture.session("Werkstatt, die ausfällt", 9 * 60, 10 * 60, 1);
        long parallel = fixture.session("Zur selben Zeit mit Platz", 9 * 60 + 30, 10 * 60 + 30, 5);
        long unused = fixture.session("Nie gewählt", 15 * 60, 16 * 60, 5);
        RegistrationResult anna = register("anna", workshop);
        RegistrationResult ben = register("ben", workshop);
        RegistrationResult cleo = register("cleo", workshop);
        registrations.dropSession(holder(cleo), workshop); // gave it up before: not told
        assertEquals("WAITLISTED", ben.sessions().get(0).status());

        tx.begin();
        SessionChanges.CalledOff off = changes.cancel(workshop);
        tx.commit();
        assertEquals(2, off.audience().affected(), "Anna (seat) and Ben (queue)");
        assertEquals(2, off.choicesEnded());
        fixture.assertCountersMatchRecount(3);
        assertEquals(0, fixture.value("SELECT taken FROM conf_session WHERE id = ?", workshop));
        assertEquals(0, fixture.value("SELECT COUNT(*) FROM conf_choice WHERE session_id = ? AND status NOT IN"
                + " ('CANCELLED', 'EXPIRED')", workshop), "the queue is closed");
        for (String who : List.of("anna", "ben")) {
            assertEquals(1, mails(who, "conference.sessionCancelled"), who + " is told once");
            String ics = attachment(who, "conference.sessionCancelled");
            assertTrue(ics.contains("METHOD:CANCEL") && ics.contains("UID:conference-session-" + workshop + "@mitwirken")
                    && ics.contains("SEQUENCE:1") && ics.contains("STATUS:CANCELLED"), ics);
            assertTrue(fixture.text("SELECT body_text FROM outbox_mail WHERE recipient = ? AND template LIKE ?",
                    address(who), "%sessionCancelled%").contains("Zur selben Zeit mit Platz"), "a session in the same slot");
        }
        assertEquals(0, mails("cleo", "conference.sessionCancelled"));
        RegistrationView annaNow = registrations.registration(holder(anna));
        assertTrue(annaNow.choices().get(0).cancelled(), "the personal page shows it as cancelled");
        assertEquals("CONFIRMED", annaNow.status(), "the conference place stays");
        assertTrue(programme.conference(fixture.conference).sessions().stream()
                .anyMatch(v -> v.id() == workshop && v.cancelled()), "the programme keeps it, as cancelled");

        assertEquals("conference.error.sessionCancelled", assertThrows(InvalidInput.class,
                () -> register("dora", workshop)).problems().get("sessions"));
        assertEquals("conference.error.sessionCancelled", assertThrows(NotAllowed.class,
                () -> registrations.chooseSession(holder(anna), workshop)).messageKey());
        registrations.chooseSession(holder(anna), parallel);
        fixture.assertCountersMatchRecount(3);

        tx.begin();
        assertEquals("conference.office.error.sessionInUse", assertThrows(NotAllowed.class,
                () -> changes.remove(workshop)).messageKey(), "registrations refer to it: never deleted");
        tx.rollback();
        tx.begin();
        changes.remove(unused);
        tx.commit();
        assertEquals(0, fixture.value("SELECT COUNT(*) FROM conf_session WHERE id = ?", unused));
    }

    @Test
    void aMoveTellsEachPersonOnceWithTheTicketsCalendarEntryAndOffersToKeepOneOfAnOverlap() throws Exception {
        fixture = new ConferenceFixture(owner, "Verlegung", 100);
        fixture.participants(10);
        long morning = fixture.session("Am Morgen", 9 * 60, 10 * 60, 5);
        long noon = fixture.session("Am Mittag", 11 * 60, 12 * 60, 5);
        RegistrationResult eva = register("eva", morning, noon);
        RegistrationResult fred = register("fred", noon);
        registrations.confirmAddress(holder(eva));
        String ticket = attachment("eva", "conference.ticket");
        assertTrue(ticket.contains("UID:conference-session-" + noon + "@mitwirken") && ticket.contains("SEQUENCE:0"), ticket);

        SessionView now = programme.conference(fixture.conference).sessions().stream().filter(v -> v.id() == noon)
                .findFirst().orElseThrow();
        Instant start = now.startsAt().minus(Duration.ofMinutes(90));
        SessionDraft moved = new SessionDraft(now.title(), now.summary(), SessionKind.valueOf(now.kind()), fixture.track,
                now.room(), start, start.plus(Duration.ofHours(1)), now.capacity(), List.of());
        SessionChanges.Changed preview = changes.preview(noon, moved);
        assertEquals(2, preview.audience().affected());
        assertEquals(1, preview.audience().overlapping(), "Eva holds the morning session at 9:30");
        assertEquals(0, mails("eva", "conference.sessionChanged"), "a preview tells no one");

        tx.begin();
        changes.change(noon, moved);
        tx.commit();
        assertEquals(1, mails("eva", "conference.sessionChanged"));
        assertEquals(1, mails("fred", "conference.sessionChanged"));
        String update = attachment("eva", "conference.sessionChanged");
        assertTrue(update.contains("METHOD:REQUEST") && update.contains("UID:conference-session-" + noon + "@mitwirken")
                && update.contains("SEQUENCE:1"), "the ticket's entry, next version: " + update);
        assertTrue(fixture.text("SELECT body_text FROM outbox_mail WHERE recipient = ? AND template LIKE ?",
                address("eva"), "%sessionChanged%").contains("Am Morgen"), "the mail names the overlap");

        ChoiceView evaNoon = registrations.registration(holder(eva)).choices().stream()
                .filter(c -> c.sessionId() == noon).findFirst().orElseThrow();
        assertEquals(List.of("TIME"), evaNoon.changes());
        assertEquals(List.of(morning), evaNoon.overlaps().stream().map(ChoiceView.Overlap::sessionId).toList());
        assertEquals("CONFIRMED", evaNoon.status(), "both stay held until she chooses");
        registrations.keepSession(holder(eva), noon, morning);
        assertEquals(List.of(noon), registrations.registration(holder(eva)).choices().stream()
                .map(ChoiceView::sessionId).toList());
        fixture.assertCountersMatchRecount(2);

        tx.begin();
        changes.change(noon, new SessionDraft(now.title(), "Neuer Text", SessionKind.valueOf(now.kind()), fixture.track,
                now.room(), start, start.plus(Duration.ofHours(1)), 6, List.of()));
        tx.commit();
        assertEquals(1, mails("fred", "conference.sessionChanged"), "a change of nothing planned around tells no one");
    }

    @Test
    void remindersGoOutOnceBeforeTheStartAndADayBeforeAnOfferRunsOut() throws Exception {
        fixture = new ConferenceFixture(owner, "Erinnerung", 100);
        fixture.participants(10);
        long workshop = fixture.session("Werkstatt zum Erinnern", 9 * 60, 10 * 60, 1);
        RegistrationResult anna = register("anna", workshop);
        RegistrationResult ben = register("ben", workshop);
        registrations.confirmAddress(holder(anna));
        registrations.confirmAddress(holder(ben));
        Instant start = programme.conference(fixture.conference).sessions().get(0).startsAt();
        Instant threeDaysBefore = start.minus(Duration.ofDays(3));
        Instant dayBefore = start.minus(DAY);
        assertFalse(reminders.dueReminders(threeDaysBefore).contains(anna.id()), "the default is 2 days before");
        assertTrue(reminders.dueReminders(dayBefore).contains(anna.id()));
        assertTrue(reminders.remind(anna.id(), dayBefore));
        assertFalse(reminders.remind(anna.id(), dayBefore), "once, however often the job runs");
        assertFalse(reminders.dueReminders(dayBefore).contains(anna.id()));
        assertEquals(1, mails("anna", "conference.reminder"));
        assertTrue(attachment("anna", "conference.reminder").contains("UID:conference-session-" + workshop + "@"),
                "the reminder carries the sessions' calendar entries");

        // Anna gives up the workshop: Ben is offered the seat for 48 hours and reminded a day before it runs out
        registrations.dropSession(holder(anna), workshop);
        Instant deadline = registrations.registration(holder(ben)).choices().get(0).offerExpiresAt();
        // the job's run is global: offers of other tests' conferences may be reminded too, so Ben's mails count
        reminders.remindOffers(deadline.minus(Duration.ofHours(30)));
        assertEquals(0, mails("ben", "conference.offerReminder"), "not yet");
        assertTrue(reminders.remindOffers(deadline.minus(Duration.ofHours(23))) >= 1);
        assertEquals(1, mails("ben", "conference.offerReminder"));
        reminders.remindOffers(deadline.minus(Duration.ofHours(22)));
        assertEquals(1, mails("ben", "conference.offerReminder"), "once");
    }

    @Test
    void aMovedEditionKeepsEveryTicketAndACancelledOneEndsEveryRegistrationAndTellsEachPersonOnce() throws Exception {
        fixture = new ConferenceFixture(owner, "Verschieben und absagen", 100);
        fixture.participants(10);
        long talk = fixture.session("Vortrag, der mitwandert", 10 * 60, 11 * 60, 5);
        RegistrationResult eva = register("eva", talk);
        RegistrationResult fred = register("fred");
        registrations.confirmAddress(holder(eva));
        registrations.confirmAddress(holder(fred));
        String code = registrations.registration(holder(eva)).ticketCode();
        SessionView before = programme.conference(fixture.conference).sessions().get(0);
        java.time.LocalDate firstDay = programme.conference(fixture.conference).startsOn();

        tx.begin();
        assertEquals(2, editions.move(fixture.conference, firstDay.plusDays(7)).told());
        tx.commit();
        SessionView after = programme.conference(fixture.conference).sessions().get(0);
        java.time.ZoneId city = java.time.ZoneId.of("Europe/Berlin");
        assertEquals(before.startsAt().atZone(city).toLocalDateTime().plusDays(7),
                after.startsAt().atZone(city).toLocalDateTime(), "seven days later, same local time");
        assertEquals(firstDay.plusDays(7), programme.conference(fixture.conference).startsOn());
        assertEquals(code, registrations.registration(holder(eva)).ticketCode(), "the ticket stays valid");
        assertEquals(1, mails("eva", "conference.moved"));
        String evaEntry = attachment("eva", "conference.moved");
        assertTrue(evaEntry.contains("UID:conference-session-" + talk + "@") && evaEntry.contains("SEQUENCE:1")
                && evaEntry.contains("METHOD:REQUEST"), evaEntry);
        String fredEntry = attachment("fred", "conference.moved");
        assertTrue(fredEntry.contains("UID:conference-" + fixture.conference + "@") && fredEntry.contains("SEQUENCE:1"),
                "the conference days' entry for a person without a session: " + fredEntry);

        tx.begin();
        assertEquals(2, editions.cancel(fixture.conference, "Der Saal steht nicht zur Verfügung.").told());
        tx.commit();
        assertEquals("CANCELLED", registrations.registration(holder(eva)).status());
        assertEquals("CANCELLED", registrations.registration(holder(fred)).status());
        fixture.assertCountersMatchRecount(0);
        assertEquals(1, mails("eva", "conference.calledOff"));
        assertTrue(fixture.text("SELECT body_text FROM outbox_mail WHERE recipient = ? AND template = ?",
                address("eva"), "conference.calledOff").contains("Der Saal steht nicht zur Verfügung."));
        assertTrue(attachment("eva", "conference.calledOff").contains("METHOD:CANCEL"));
        assertTrue(programme.conference(fixture.conference).cancelled());
        assertTrue(programme.conference(fixture.conference).sessions().get(0).cancelled());
        assertEquals("conference.error.closed", assertThrows(NotAllowed.class, () -> register("gina")).messageKey());
    }

    private long mails(String who, String template) throws SQLException {
        return fixture.value("SELECT COUNT(*) FROM outbox_mail WHERE recipient = ? AND template LIKE ?", address(who),
                "%" + template + "%");
    }

    /** The calendar file of the newest mail of that kind to that person. */
    private String attachment(String who, String template) throws SQLException {
        return fixture.text("SELECT CONVERT(a.content USING utf8mb4) FROM outbox_attachment a JOIN outbox_mail m"
                + " ON m.id = a.mail_id WHERE m.recipient = ? AND m.template LIKE ? AND a.content_type LIKE"
                + " 'text/calendar%' ORDER BY m.id DESC LIMIT 1", address(who), "%" + template + "%");
    }

    private String address(String who) {
        return who + "-" + run + "@example.org";
    }

    private RegistrationResult register(String who, Long... sessions) {
        return registrations.registerFor(fixture.conference, new RegistrationDraft("participant", who + " Test",
                who + "-" + run + "@example.org", null, AttendeeGroup.CITIZENS, null, null, Language.DE, true,
                List.of(sessions), Map.of()), null, "192.0.2.10"); // a guest from a documentation network
    }

    /** The personal link's holder, as the mail to the guest would carry it. */
    private Holder holder(RegistrationResult result) throws SQLException {
        return Holder.ofToken(keys.personalToken(result.id(),
                fixture.text("SELECT ticket_nonce FROM conf_registration WHERE id = ?", result.id())));
    }

    private static List<String> statuses(List<ChoiceView> choices) {
        return choices.stream().map(ChoiceView::status).toList();
    }
}
