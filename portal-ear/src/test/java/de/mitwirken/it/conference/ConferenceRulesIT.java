package de.mitwirken.it.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.mitwirken.conference.boundary.ChoiceView;
import de.mitwirken.conference.boundary.ConferenceRegistration;
import de.mitwirken.conference.boundary.Holder;
import de.mitwirken.conference.boundary.RegistrationResult;
import de.mitwirken.conference.boundary.RegistrationView;
import de.mitwirken.conference.control.OfferExpiry;
import de.mitwirken.conference.control.TicketKeys;
import de.mitwirken.conference.entity.AttendeeGroup;
import de.mitwirken.conference.entity.RegistrationDraft;
import de.mitwirken.it.support.Deployments;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.entity.Language;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The conference's rules inside the server, through its boundaries and the real database: quotas of the
 * conference, the registration type and the sessions; the overlap rule; offers from the session and the
 * conference queues, accepted, or run out at a time the test chooses (the expiry job is given "now") and
 * passed on; guests who do not confirm their address in time. After every step the counters match a recount.
 */
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

    private RegistrationResult register(String who, Long... sessions) {
        return registrations.registerFor(fixture.conference, new RegistrationDraft("participant", who + " Test",
                who + "-" + run + "@example.org", null, AttendeeGroup.CITIZENS, null, null, Language.DE, true,
                List.of(sessions), Map.of()), null);
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
