package de.mitwirken.board.control;

import de.mitwirken.board.entity.BoardApplication;
import de.mitwirken.board.entity.BoardMember;
import de.mitwirken.board.entity.BoardPerson;
import de.mitwirken.board.entity.RecommendationFollow;
import de.mitwirken.board.entity.CallSeats;
import de.mitwirken.platform.boundary.AccountAnonymiser;
import de.mitwirken.platform.boundary.PersonalDataContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The board's part of "my data" and of deleting an account: applications and memberships are exported;
 * on deletion open applications are withdrawn, motivation and conflict declarations erased, and an active
 * membership ends that day (its seat is freed), so nobody is listed who is no longer there (a listed membership
 * becomes a deleted one for OParl, and with the last one the person); the recommendations the person follows are
 * listed, and the follows are deleted with the account, as is the person's public OParl key (BoardPerson).
 */
@ApplicationScoped
public class BoardPersonalData implements PersonalDataContributor, AccountAnonymiser {

    static final String ERASED = "–";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PublicationWithdrawals withdrawals;

    @Override
    public String section() {
        return "board";
    }

    @Override
    public JsonValue personalData(long profileId) {
        JsonArrayBuilder applications = Json.createArrayBuilder();
        for (BoardApplication a : em.createNamedQuery(BoardApplication.OF_APPLICANT, BoardApplication.class)
                .setParameter("applicant", profileId).getResultList()) {
            applications.add(Json.createObjectBuilder().add("id", a.id()).add("call", a.call().title())
                    .add("constituency", a.constituency().name())
                    .add("organisation", a.organisation() == null ? "" : a.organisation())
                    .add("expertise", a.expertise().toString()).add("motivation", a.motivation())
                    .add("conflicts", a.hasConflicts() ? a.conflictDetails() : "none")
                    .add("publicListing", a.publicListing()).add("status", a.status().name())
                    .add("submittedAt", a.submittedAt().toString()));
        }
        JsonArrayBuilder memberships = Json.createArrayBuilder();
        for (BoardMember m : em.createNamedQuery(BoardMember.OF_PROFILE, BoardMember.class)
                .setParameter("profile", profileId).getResultList()) {
            memberships.add(Json.createObjectBuilder().add("id", m.id()).add("role", m.role().name())
                    .add("termStart", m.termStart().toString()).add("termEnd", m.termEnd().toString())
                    .add("ceasedOn", m.ceasedOn() == null ? "" : m.ceasedOn().toString()));
        }
        JsonArrayBuilder follows = Json.createArrayBuilder();
        em.createNamedQuery(RecommendationFollow.OF_PROFILE, RecommendationFollow.class)
                .setParameter("profileId", profileId).getResultList()
                .forEach(f -> follows.add(Json.createObjectBuilder().add("recommendationId", f.recommendationId())
                        .add("followedAt", f.followedAt().toString())));
        return Json.createObjectBuilder().add("applications", applications).add("memberships", memberships)
                .add("followedRecommendations", follows).build();
    }

    @Override
    public void anonymise(long profileId) {
        LocalDate today = LocalDate.now(clock);
        for (BoardMember m : em.createNamedQuery(BoardMember.OF_PROFILE, BoardMember.class)
                .setParameter("profile", profileId).getResultList()) {
            if (m.isActiveOn(today)) {
                m.cease(today, "account deleted", today);
                em.createNamedQuery(CallSeats.RELEASE).setParameter("call", m.application().call().id())
                        .setParameter("constituency", m.constituency()).executeUpdate();
            }
            if (m.publicListing()) {
                withdrawals.memberWithdrawn(m.id(), profileId, clock.instant());
            }
            m.hideFromDirectory();
        }
        // the withdrawals above keep the person's public key for their deleted OParl Person; the link goes
        em.createNamedQuery(BoardPerson.DELETE_OF_PROFILE).setParameter("profile", profileId).executeUpdate();
        for (BoardApplication a : em.createNamedQuery(BoardApplication.OF_APPLICANT, BoardApplication.class)
                .setParameter("applicant", profileId).getResultList()) {
            a.erasePersonalText(ERASED, clock.instant());
        }
        em.createNamedQuery(RecommendationFollow.DELETE_OF_PROFILE).setParameter("profileId", profileId).executeUpdate();
    }
}
