package de.mitwirken.conference.boundary;

import de.mitwirken.platform.boundary.Roles;
import java.util.function.Predicate;

/**
 * Who may do what with the conference: the one place to read the capability's authorisation. Roles are
 * enforced by @RolesAllowed on the boundaries named here; rules that depend on the object (registration
 * open, seat free, offer still valid, ticket not used) live in the entities.
 * <ul>
 * <li>read the programme, speakers, partners and free seats: everyone — {@link PublicProgramme}</li>
 * <li>register: everyone (guests confirm their address through the personal link mailed to them; signed-in
 *     people whose account address is used need not) — {@link ConferenceRegistration#registerFor}</li>
 * <li>view, change sessions, accept or decline offers, cancel, get the certificate: the holder of the personal
 *     link, or the signed-in owner — {@link ConferenceRegistration}, {@link Certificates}; list one's own
 *     registrations: every signed-in person — {@link ConferenceRegistration#myRegistrations}</li>
 * <li>check people in at the door, search attendees, see live counts: organisers and the strategy office —
 *     {@link Door}</li>
 * <li>set up editions (places, sign-up period, offer hours, consent, retention, publishing), registration types,
 *     tracks, questions and partners: organisers and the office — {@link ConferenceSetup}; plan and change
 *     sessions and speakers (with portraits), and read a programme in preparation: organisers and the office —
 *     {@link ProgrammeOffice}, {@link PublicProgramme#programmeInPreparation}</li>
 * <li>see a conference's figures (registrations per day and by status, seats per type and session, queues,
 *     check-ins, no-show rate), export its registrations (CSV, Excel) and print name badges of the confirmed:
 *     organisers and the strategy office — {@link ConferenceOffice} (export and badges audited)</li>
 * </ul>
 */
public final class ConferencePermissions {

    public static final String ORGANIZER = Roles.ORGANIZER;
    public static final String OFFICE = Roles.STRATEGY_OFFICE;
    /** Everyone signed in has this role. */
    public static final String MY_REGISTRATIONS = Roles.CITIZEN;

    private ConferencePermissions() {
    }

    /** The door, the figures, the programme and the settings of an edition: organisers and the office. */
    public static boolean mayOrganise(Predicate<String> hasRole) {
        return hasRole.test(ORGANIZER) || hasRole.test(OFFICE);
    }
}
