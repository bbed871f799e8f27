package de.mitwirken.platform.boundary;

import de.mitwirken.platform.control.MailRenderer;
import de.mitwirken.platform.entity.OutboxMail;
import de.mitwirken.platform.entity.RenderedMail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * The only way the portal sends mail. A mail is written to the outbox inside the caller's transaction:
 * if the change that causes it rolls back, no mail exists; if it commits, the mail is not lost, whatever
 * happens to the mail server. OutboxSender delivers it later.
 */
@Stateless
public class MailOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailRenderer renderer;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long enqueue(MailRequest request) {
        RenderedMail content = renderer.render(request.template(), request.language(), request.values());
        OutboxMail mail = new OutboxMail(request.recipient(), request.language(), request.template().name(), content,
                clock.instant());
        request.attachments().forEach(a -> mail.attach(a.filename(), a.contentType(), a.content()));
        em.persist(mail);
        em.flush();
        return mail.id();
    }
}
