package de.mitwirken.conference.boundary;

import de.mitwirken.conference.control.CertificatePdf;
import de.mitwirken.conference.control.ConferenceMails;
import de.mitwirken.conference.entity.ChoiceStatus;
import de.mitwirken.conference.entity.Registration;
import de.mitwirken.platform.boundary.NotAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.ResourceBundle;

/** Certificates of attendance: only for people who were checked in; as a download or by mail (outbox). */
@Stateless
@PermitAll
public class Certificates {

    private static final String BUNDLE = "de.mitwirken.conference.mails";

    @Inject
    RegistrationAccess access;
    @Inject
    ConferenceMails mails;
    @Inject
    Clock clock;

    public byte[] certificate(Holder holder) {
        return render(attended(holder));
    }

    public void mailCertificate(Holder holder) {
        Registration r = attended(holder);
        mails.certificate(r, render(r));
    }

    private Registration attended(Holder holder) {
        Registration r = access.resolve(holder);
        if (!r.mayHaveCertificate()) {
            throw new NotAllowed("conference.error.noCertificate");
        }
        return r;
    }

    /**
     * The certificate lists the sessions the person was checked into (room scanning); where the rooms were not
     * scanned, the sessions they held a seat in, under a heading that says so.
     */
    private byte[] render(Registration r) {
        ResourceBundle t = ResourceBundle.getBundle(BUNDLE, r.language().locale());
        List<String> attended = r.activeChoices().stream().filter(c -> c.checkedInAt() != null)
                .sorted(java.util.Comparator.comparing(c -> c.session().startsAt()))
                .map(c -> c.session().title()).toList();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(r.language().locale());
        String dates = r.conference().startsOn().equals(r.conference().endsOn())
                ? date.format(r.conference().startsOn())
                : date.format(r.conference().startsOn()) + " – " + date.format(r.conference().endsOn());
        return CertificatePdf.render(new CertificatePdf.Certificate(r.language().tag(),
                t.getString("conference.cert.heading"), r.name(), r.conference().title(), dates, r.conference().venue(),
                attended.isEmpty() ? t.getString("conference.cert.sessions") : t.getString("conference.cert.attended"),
                attended.isEmpty() ? r.activeChoices().stream().filter(c -> c.status() == ChoiceStatus.CONFIRMED)
                        .map(c -> c.session().title()).toList() : attended,
                t.getString("conference.cert.issued") + " " + date.format(LocalDate.now(clock.withZone(ConferenceMails.CITY))),
                t.getString("conference.cert.footer")));
    }
}
