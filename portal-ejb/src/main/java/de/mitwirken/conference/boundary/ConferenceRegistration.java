package de.mitwirken.conference.boundary;

import de.mitwirken.conference.control.ConferenceMails;
import de.mitwirken.conference.control.GuestLimits;
import de.mitwirken.conference.control.QrCodes;
import de.mitwirken.conference.control.Seating;
import de.mitwirken.conference.control.TicketCodes;
import de.mitwirken.conference.control.TicketKeys;
import de.mitwirken.conference.entity.Choice;
import de.mitwirken.conference.entity.ChoiceStatus;
import de.mitwirken.conference.entity.Conference;
import de.mitwirken.conference.entity.ConferenceSession;
import de.mitwirken.conference.entity.Question;
import de.mitwirken.conference.entity.Registration;
import de.mitwirken.conference.entity.RegistrationDraft;
import de.mitwirken.conference.entity.RegistrationStatus;
import de.mitwirken.conference.entity.RegistrationType;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.SignedInUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registering for the conference and everything its holder does with a registration afterwards: confirm
 * the address, choose and drop sessions, accept or decline offers from the waitlist, cancel. A new
 * registration claims its seats with conditional updates; every later change of seats locks the conference
 * first ({@link Seating}); freed seats go to the next in line in the same transaction, and each mail is
 * queued in it (outbox).
 */
@Stateless
@PermitAll
public class ConferenceRegistration {

    @PersistenceContext
    EntityManager em;
    @Inject
    Seating seating;
    @Inject
    ConferenceMails mails;
    @Inject
    TicketKeys keys;
    @Inject
    IdentityFacade identity;
    @Inject
    RegistrationAccess access;
    @Inject
    Clock clock;
    @Inject
    GuestLimits guestLimits;
    /** How long a guest's place is held until the address is confirmed; kept short, since anyone can claim one. */
    @Inject
    @ConfigProperty(name = "portal.conference.confirm-hours", defaultValue = "2")
    int confirmHours;

    /**
     * Registers a guest (subject null) or the signed-in person. The form and the address are checked first,
     * without any lock. Then the seats are claimed by conditional updates ({@link Seating#claims()}): a
     * claimed place holds the conference row until the commit, so what follows it is kept short (the inserts
     * and the mail to the outbox); a registration that only waits holds no lock at all. The waitlist positions
     * in the answer are counted after the insert (the queue is in order of id, given by the database at the
     * insert): exact when read later, at most too small by the registrations still uncommitted ahead.
     * <p>
     * A guest's registration that would be made (form and address fine, registration open) first passes the
     * edition's guest limits ({@link GuestLimits}) for the client's address, in a transaction of their own and
     * before any seat is claimed; over a limit it is refused ({@link de.mitwirken.platform.boundary.TooManyAttempts}).
     *
     * @param clientAddress the IP address the guest's request came from (ignored for a signed-in person)
     */
    public RegistrationResult registerFor(long conferenceId, RegistrationDraft draft, String subject,
                                          String clientAddress) {
        SignedInUser me = subject == null ? null : identity.caller(subject);
        List<Question> questions = em.createNamedQuery(Question.OF_CONFERENCE, Question.class)
                .setParameter("conference", conferenceId).getResultList();
        List<ConferenceSession> sessions = draft.sessionIds().isEmpty() ? List.of()
                : em.createNamedQuery(ConferenceSession.BY_IDS, ConferenceSession.class)
                .setParameter("conference", conferenceId).setParameter("ids", draft.sessionIds()).getResultList();
        RegistrationType type = em.createNamedQuery(RegistrationType.OF_CONFERENCE, RegistrationType.class)
                .setParameter("conference", conferenceId).getResultStream()
                .filter(t -> t.code().equals(draft.typeCode())).findFirst().orElse(null);
        Map<String, String> problems = new java.util.LinkedHashMap<>(draft.problems(sessions, questions));
        Instant now = clock.instant();
        if (type == null || !type.openToPublic(now)) {
            problems.putIfAbsent("type", "conference.error.type");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        // The usual case of an address registered already, refused before any seat is claimed. Two registrations
        // with the same address at once both pass here; the unique index on the live address refuses the second
        // at its insert (below), with the same message, and its claims roll back with it.
        if (em.createNamedQuery(Registration.ACTIVE_WITH_EMAIL, Long.class).setParameter("conference", conferenceId)
                .setParameter("email", draft.email()).getSingleResult() > 0) {
            throw registeredAlready();
        }
        Conference conference = em.find(Conference.class, conferenceId); // read only: its counter is claimed below
        if (conference == null) {
            throw new NotFoundException("Conference " + conferenceId);
        }
        if (!conference.registrationOpen(now)) {
            throw new NotAllowed("conference.error.closed");
        }
        if (me == null) {
            guestLimits.admit(conference, draft.email(), clientAddress);
        }
        boolean addressKnown = me != null && me.email() != null && me.email().equalsIgnoreCase(draft.email());
        Registration r = Registration.register(conference, type, draft, sessions, me == null ? null : me.profileId(),
                addressKnown, TicketCodes.newNonce(), now, Duration.ofHours(confirmHours), seating.claims());
        em.persist(r);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Seating.isDuplicateAddress(e)) {
                throw registeredAlready();
            }
            throw e;
        }
        if (!r.addressConfirmed()) {
            mails.checkAddress(r);
        } else {
            announce(r);
        }
        return new RegistrationResult(r.id(), r.status().name(),
                r.status() == RegistrationStatus.WAITLISTED ? position(r) : null, r.addressConfirmed(),
                // the link proves the address, so it is handed out here only when the account's address is used
                addressKnown ? keys.personalToken(r) : null, choices(r));
    }

    private static InvalidInput registeredAlready() {
        return InvalidInput.of("email", "conference.error.registeredAlready");
    }

    public RegistrationView registration(Holder holder) {
        return view(access.resolve(holder), true);
    }

    /** The holder's confirmed sessions as a calendar file. */
    public byte[] calendar(Holder holder) {
        return mails.calendar(access.resolve(holder));
    }

    @RolesAllowed(ConferencePermissions.MY_REGISTRATIONS)
    public List<RegistrationView> myRegistrations(String subject) {
        SignedInUser me = identity.caller(subject);
        return em.createNamedQuery(Registration.OF_PROFILE, Registration.class).setParameter("profile", me.profileId())
                .getResultStream().map(r -> view(r, true)).toList();
    }

    /** The holder of the personal link proves the address is theirs; then the ticket (or queue place) follows. */
    public void confirmAddress(Holder holder) {
        change(holder, r -> {
            boolean before = r.addressConfirmed();
            r.confirmAddress(clock.instant());
            if (!before) {
                announce(r);
            }
        });
    }

    public void cancelRegistration(Holder holder) {
        change(holder, r -> {
            List<ConferenceSession> freed = r.cancel(clock.instant());
            mails.cancelled(r);
            seating.refill(r.conference(), freed);
        });
    }

    public void chooseSession(Holder holder, long sessionId) {
        change(holder, r -> {
            ConferenceSession session = em.createNamedQuery(ConferenceSession.BY_IDS, ConferenceSession.class)
                    .setParameter("conference", r.conference().id()).setParameter("ids", List.of(sessionId))
                    .getResultStream().findFirst()
                    // a forged or outdated session number in the form: a message, not the "not found" page
                    .orElseThrow(() -> new NotAllowed("conference.error.unknownSession"));
            if (!r.conference().registrationOpen(clock.instant())) {
                throw new NotAllowed("conference.error.closed");
            }
            r.choose(session, clock.instant());
            em.flush();
        });
    }

    /**
     * After a session moved into another one the person holds: keeps one, gives up the other (its seat goes
     * to the next in its queue). Refused when the two do not overlap.
     */
    public void keepSession(Holder holder, long keepSessionId, long dropSessionId) {
        change(holder, r -> {
            ConferenceSession dropped = r.activeChoice(dropSessionId).map(Choice::session).orElse(null);
            if (r.keepOneOf(keepSessionId, dropSessionId, clock.instant())) {
                seating.refill(r.conference(), List.of(dropped));
            }
        });
    }

    public void dropSession(Holder holder, long sessionId) {
        change(holder, r -> {
            ConferenceSession session = r.activeChoice(sessionId).map(Choice::session).orElse(null);
            if (r.drop(sessionId, clock.instant())) {
                seating.refill(r.conference(), List.of(session));
            }
        });
    }

    public void acceptOffer(Holder holder) {
        change(holder, r -> {
            r.acceptOffer(clock.instant());
            announce(r);
        });
    }

    public void declineOffer(Holder holder) {
        change(holder, r -> seating.refill(r.conference(), r.expireOffer(clock.instant())));
    }

    public void acceptSessionOffer(Holder holder, long sessionId) {
        change(holder, r -> r.acceptSessionOffer(sessionId, clock.instant()));
    }

    public void declineSessionOffer(Holder holder, long sessionId) {
        change(holder, r -> {
            ConferenceSession session = r.activeChoice(sessionId).map(Choice::session).orElse(null);
            r.declineSessionOffer(sessionId, clock.instant());
            seating.refill(r.conference(), List.of(session));
        });
    }

    /** The ticket when the place is confirmed, else the queue position; only once the address is proven. */
    private void announce(Registration r) {
        if (!r.addressConfirmed()) {
            return;
        }
        if (r.status() == RegistrationStatus.CONFIRMED) {
            mails.ticket(r);
        } else if (r.status() == RegistrationStatus.WAITLISTED) {
            mails.waitlisted(r, position(r));
        }
    }

    /** Locks the registration's conference, checks the holder, runs the step; refusals become messages. */
    private void change(Holder holder, Consumer<Registration> step) {
        seating.lockConferenceOf(access.idOf(holder));
        Registration r = access.resolve(holder);
        step.accept(r); // Registration and Choice refuse with the message key (Refusal, ChoiceRefused, OfferExpired)
    }

    private long position(Registration r) {
        return em.createNamedQuery(Registration.POSITION, Long.class).setParameter("conference", r.conference().id())
                .setParameter("id", r.id()).getSingleResult();
    }

    private RegistrationView view(Registration r, boolean withToken) {
        Conference c = r.conference();
        List<ChoiceView> choices = choices(r);
        boolean ticket = r.status() == RegistrationStatus.CONFIRMED && r.addressConfirmed();
        String code = ticket ? keys.displayCode(r) : null;
        String svg = ticket ? QrCodes.svg(keys.ticketCode(r), code) : null;
        return new RegistrationView(r.id(), c.id(), c.title(), c.startsOn(), c.endsOn(), c.venue(), r.status().name(),
                r.status() == RegistrationStatus.WAITLISTED ? position(r) : null, r.type().code(), r.name(), r.email(),
                r.organisation(), r.addressConfirmed(), r.confirmBy(), r.offerExpiresAt(), r.checkedInAt(), code, svg,
                withToken ? keys.personalToken(r) : null, c.registrationOpen(clock.instant()), choices);
    }

    /** The active choices in time order, with the queue position of each waiting one. */
    private List<ChoiceView> choices(Registration r) {
        return choices(r, ch -> em.createNamedQuery(Choice.POSITION, Long.class)
                .setParameter("session", ch.session().id()).setParameter("id", ch.id()).getSingleResult());
    }

    /**
     * The active choices and those ended by the session's cancellation, in time order: with the queue position
     * of each waiting one, the last change of the session since it was chosen, and the other active choices a
     * held one now overlaps (after a move), so that the page can offer to keep one of the two.
     */
    private static List<ChoiceView> choices(Registration r, ToLongFunction<Choice> position) {
        List<Choice> active = r.activeChoices();
        return r.choices().stream().filter(ch -> ch.status().isActive() || ch.endedByCancellation())
                .map(ch -> {
                    ConferenceSession s = ch.session();
                    boolean changedSince = s.changedAt() != null && s.changedAt().isAfter(ch.createdAt());
                    List<ChoiceView.Overlap> overlaps = !ch.status().isActive() ? List.of() : active.stream()
                            .filter(o -> o != ch && o.session().overlaps(s))
                            .map(o -> new ChoiceView.Overlap(o.session().id(), o.session().title())).toList();
                    return new ChoiceView(s.id(), s.title(), s.room(), s.startsAt(), s.endsAt(), ch.status().name(),
                            ch.status() == ChoiceStatus.WAITLISTED ? position.applyAsLong(ch) : null,
                            ch.offerExpiresAt(), s.cancelled(), changedSince ? s.changedAt() : null,
                            changedSince ? s.changedAspects().stream().map(Enum::name).toList() : List.of(), overlaps);
                })
                .sorted(java.util.Comparator.comparing(ChoiceView::startsAt)).toList();
    }
}
