package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.OutboxAdministration;
import de.mitwirken.platform.boundary.OutboxAdministration.MailView;
import de.mitwirken.platform.entity.EmailAddress;
import de.mitwirken.platform.entity.MailStatus;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.LocaleBean;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Administration of the mail outbox: what waits, what failed for good (resend), a test mail. */
@Named
@ViewScoped
public class MailAdminBean implements Serializable {

    @Inject
    OutboxAdministration outbox;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleBean locale;

    private String testRecipient;
    private Map<MailStatus, Long> counts;
    private List<MailView> deadLetters;

    @PostConstruct
    void load() {
        testRecipient = currentUser.user().map(u -> u.email()).orElse("");
        refresh();
    }

    private void refresh() {
        counts = outbox.counts();
        deadLetters = outbox.deadLetters(200);
    }

    public List<MailStatus> getStatuses() {
        return List.of(MailStatus.values());
    }

    public long count(MailStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public List<MailView> getDeadLetters() {
        return deadLetters;
    }

    public void resend(long id) {
        try {
            outbox.resend(id);
            Pages.info("admin.mail.resent");
        } catch (NotFoundException | IllegalStateException e) {
            Pages.error(null, "admin.mail.resendImpossible");
        }
        refresh();
    }

    public String getTestRecipient() {
        return testRecipient;
    }

    public void setTestRecipient(String testRecipient) {
        this.testRecipient = testRecipient == null ? "" : testRecipient.strip();
    }

    public void sendTestMail() {
        if (!EmailAddress.isValid(testRecipient)) {
            Pages.error("testmail:recipient", "admin.mail.test.invalid");
            return;
        }
        outbox.sendTestMail(testRecipient, locale.getLanguage(), currentUser.getDisplayName());
        Pages.info("admin.mail.test.queued");
        refresh();
    }
}
