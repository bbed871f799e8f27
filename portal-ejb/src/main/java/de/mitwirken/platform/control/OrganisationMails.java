package de.mitwirken.platform.control;

import de.mitwirken.platform.boundary.MailOutbox;
import de.mitwirken.platform.boundary.MailRequest;
import de.mitwirken.platform.boundary.MailTemplate;
import de.mitwirken.platform.entity.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;

/** Tells a person, through the outbox in their language, what the office decided about their organisation. */
@ApplicationScoped
public class OrganisationMails {

    static final String MAILS = "de.mitwirken.platform.mails";
    static final MailTemplate ACCEPTED = new MailTemplate(MAILS, "platform.organisations.accepted");
    static final MailTemplate REJECTED = new MailTemplate(MAILS, "platform.organisations.rejected");
    static final MailTemplate WITHDRAWN = new MailTemplate(MAILS, "platform.organisations.withdrawn");

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    public void accepted(long profileId, String organisation, long organisationId) {
        send(profileId, ACCEPTED, Map.of("organisation", organisation, "id", String.valueOf(organisationId)));
    }

    public void rejected(long profileId, String organisation, String reason) {
        send(profileId, REJECTED, Map.of("organisation", organisation, "reason", reason));
    }

    public void withdrawn(long profileId, String organisation, String reason) {
        send(profileId, WITHDRAWN, Map.of("organisation", organisation, "reason", reason));
    }

    private void send(long profileId, MailTemplate template, Map<String, String> values) {
        UserProfile person = em.find(UserProfile.class, profileId);
        if (person == null || person.isDeleted() || person.email() == null) {
            return; // nobody to tell
        }
        Map<String, String> all = new java.util.HashMap<>(values);
        all.put("name", person.displayName());
        outbox.enqueue(MailRequest.of(person.email(), person.language(), template, all));
    }
}
