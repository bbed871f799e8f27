package de.mitwirken.conference.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A registration as its holder sees it on the personal page. The ticket (code and QR code as SVG) is there
 * only for a confirmed place with a confirmed address; position is the place in the conference's queue.
 */
public record RegistrationView(long id, long conferenceId, String conferenceTitle, LocalDate startsOn,
                               LocalDate endsOn, String venue, String status, Long position, String typeCode,
                               String name, String email, String organisation, boolean addressConfirmed,
                               Instant confirmBy, Instant offerExpiresAt, Instant checkedInAt, String ticketCode,
                               String ticketSvg, String personalToken, boolean registrationOpen,
                               List<ChoiceView> choices) implements Serializable {

    public boolean active() {
        return !"CANCELLED".equals(status) && !"EXPIRED".equals(status);
    }

    public boolean offered() {
        return "OFFERED".equals(status);
    }

    public boolean hasTicket() {
        return ticketCode != null;
    }

    public boolean certificateAvailable() {
        return checkedInAt != null;
    }
}
