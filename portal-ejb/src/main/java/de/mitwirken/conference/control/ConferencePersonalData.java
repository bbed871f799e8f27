package de.mitwirken.conference.control;

import de.mitwirken.conference.entity.Choice;
import de.mitwirken.conference.entity.Conference;
import de.mitwirken.conference.entity.ConferenceSession;
import de.mitwirken.conference.entity.Registration;
import de.mitwirken.platform.boundary.AccountAnonymiser;
import de.mitwirken.platform.boundary.PersonalDataContributor;
import de.mitwirken.platform.boundary.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The conference's part of "my data", of deleting an account and of retention. Exported: the person's
 * registrations with sessions and answers. Deleting an account cancels its active registrations (the seats go
 * to the queues) and erases the personal data. Retention: each conference keeps its registrations' personal
 * data for its own period after it ends (shown in the consent text), then erases it and keeps the numbers.
 */
@ApplicationScoped
public class ConferencePersonalData implements PersonalDataContributor, AccountAnonymiser, RetentionRule {

    @PersistenceContext
    EntityManager em;
    @Inject
    Seating seating;
    @Inject
    Clock clock;

    @Override
    public String section() {
        return "conference";
    }

    @Override
    public JsonValue personalData(long profileId) {
        JsonArrayBuilder registrations = Json.createArrayBuilder();
        for (Registration r : mine(profileId)) {
            JsonArrayBuilder sessions = Json.createArrayBuilder();
            for (Choice c : r.choices()) {
                sessions.add(Json.createObjectBuilder().add("session", c.session().title())
                        .add("status", c.status().name()));
            }
            var answers = Json.createObjectBuilder();
            r.answers().forEach((question, answer) -> answers.add(String.valueOf(question), answer));
            registrations.add(Json.createObjectBuilder().add("id", r.id()).add("conference", r.conference().title())
                    .add("type", r.type().code()).add("status", r.status().name()).add("name", r.name())
                    .add("email", r.email()).add("organisation", text(r.organisation()))
                    .add("group", r.group().name()).add("accessibilityNeeds", text(r.accessibilityNeeds()))
                    .add("dietaryNeeds", text(r.dietaryNeeds())).add("registeredAt", r.createdAt().toString())
                    .add("checkedInAt", r.checkedInAt() == null ? "" : r.checkedInAt().toString())
                    .add("sessions", sessions).add("answers", answers));
        }
        return Json.createObjectBuilder().add("registrations", registrations).build();
    }

    @Override
    public void anonymise(long profileId) {
        for (Registration found : mine(profileId)) {
            Conference conference = seating.lockConferenceOf(found.id());
            Registration r = em.find(Registration.class, found.id());
            em.refresh(r);
            if (r.status().isActive()) {
                List<ConferenceSession> freed = r.cancel(clock.instant());
                seating.refill(conference, freed);
            }
            r.erasePersonalData();
        }
    }

    @Override
    public String name() {
        return "conference.registrations-after-the-conference";
    }

    /** Zero here: every conference has its own period ({@link Conference#keepPersonalDataUntil()}). */
    @Override
    public Duration keep() {
        return Duration.ZERO;
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        LocalDate today = LocalDate.ofInstant(cutoff, ConferenceMails.CITY);
        int erased = 0;
        for (Conference c : em.createNamedQuery(Conference.ALL, Conference.class).getResultList()) {
            if (c.keepPersonalDataUntil().isBefore(today)) {
                for (Registration r : em.createNamedQuery(Registration.TO_ERASE, Registration.class)
                        .setParameter("conference", c.id()).getResultList()) {
                    r.erasePersonalData();
                    erased++;
                }
            }
        }
        return erased;
    }

    private List<Registration> mine(long profileId) {
        return em.createNamedQuery(Registration.OF_PROFILE, Registration.class).setParameter("profile", profileId)
                .getResultList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
