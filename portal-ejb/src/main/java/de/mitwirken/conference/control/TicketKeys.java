package de.mitwirken.conference.control;

import de.mitwirken.conference.entity.Registration;
import de.mitwirken.conference.entity.TicketKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tickets and personal links of registrations: both are HMACs over the registration's id and nonce with the
 * installation's key (from PORTAL_CONFERENCE_TICKET_SECRET, else the one the migration made), so every node
 * computes the same and nothing secret is stored per person. The two purposes use different inputs, so a
 * ticket code never opens the personal page and the other way round.
 */
@ApplicationScoped
public class TicketKeys {

    private static final String LINK = "link:";

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.conference.ticket-secret")
    Optional<String> configured;

    private volatile TicketCodes codes;

    /** The code in the QR code and printed on the ticket. */
    public String ticketCode(Registration registration) {
        return codes().code(registration.id(), registration.ticketNonce());
    }

    public String displayCode(Registration registration) {
        return codes().display(ticketCode(registration));
    }

    /** The token of the personal link (view, change, cancel); it is the ticket code's sibling. */
    public String personalToken(Registration registration) {
        return personalToken(registration.id(), registration.ticketNonce());
    }

    /** The same from the id and nonce alone (tests that read them from the database build the mailed link). */
    public String personalToken(long registrationId, String ticketNonce) {
        return codes().code(registrationId, LINK + ticketNonce);
    }

    /** The registration id a typed or scanned code names, if it has the form of one (not yet verified). */
    public OptionalLong idOf(String code) {
        return TicketCodes.parse(code).map(p -> OptionalLong.of(p.registrationId())).orElse(OptionalLong.empty());
    }

    public boolean isTicketOf(String code, Registration registration) {
        return TicketCodes.parse(code).filter(p -> p.registrationId() == registration.id())
                .map(p -> codes().matches(registration.id(), registration.ticketNonce(), p.mac())).orElse(false);
    }

    public boolean isPersonalTokenOf(String token, Registration registration) {
        return TicketCodes.parse(token).filter(p -> p.registrationId() == registration.id())
                .map(p -> codes().matches(registration.id(), LINK + registration.ticketNonce(), p.mac()))
                .orElse(false);
    }

    private TicketCodes codes() {
        TicketCodes current = codes;
        if (current == null) {
            String secret = configured.filter(s -> s.length() >= 32) // shorter ones are too weak to use
                    .orElseGet(() -> em.find(TicketKey.class, TicketKey.ID).secret());
            byte[] bytes = secret.matches("[0-9a-f]{64}") ? HexFormat.of().parseHex(secret)
                    : secret.getBytes(StandardCharsets.UTF_8);
            current = new TicketCodes(bytes);
            codes = current;
        }
        return current;
    }
}
