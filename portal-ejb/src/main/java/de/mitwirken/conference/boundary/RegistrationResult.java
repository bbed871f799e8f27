package de.mitwirken.conference.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The answer to a registration: CONFIRMED (a place is held; a guest must still confirm the address) or
 * WAITLISTED with the position, and each session's outcome. The personal token is given only to a
 * signed-in person who registered with their account's address; everyone else receives it by mail (that is
 * how the address is proven).
 */
public record RegistrationResult(long id, String status, Long position, boolean addressConfirmed,
                                 String personalToken, List<ChoiceView> sessions) implements Serializable {
}
