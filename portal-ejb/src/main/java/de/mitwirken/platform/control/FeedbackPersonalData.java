package de.mitwirken.platform.control;

import de.mitwirken.platform.boundary.AccountAnonymiser;
import de.mitwirken.platform.boundary.PersonalDataContributor;
import de.mitwirken.platform.entity.AccessibilityFeedback;
import de.mitwirken.platform.entity.EmailAddress;
import de.mitwirken.platform.entity.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Accessibility feedback in "my data" and in deleting an account: the messages a person sent while signed in
 * or with their account's address. Deleting the account erases name, address and the link to the profile;
 * the message and its answer stay (the barrier is a fact about the portal, not about the person).
 */
@ApplicationScoped
public class FeedbackPersonalData implements PersonalDataContributor, AccountAnonymiser {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "accessibilityFeedback";
    }

    @Override
    public JsonValue personalData(long profileId) {
        JsonArrayBuilder messages = Json.createArrayBuilder();
        for (AccessibilityFeedback f : of(profileId)) {
            messages.add(Json.createObjectBuilder().add("id", f.id()).add("receivedAt", f.receivedAt().toString())
                    .add("message", f.message()).add("page", text(f.page())).add("name", text(f.senderName()))
                    .add("email", f.senderEmail().map(EmailAddress::value).orElse(""))
                    .add("consentAt", f.consentAt() == null ? "" : f.consentAt().toString())
                    .add("status", f.status().name()).add("answer", text(f.answer()))
                    .add("answeredAt", f.answeredAt() == null ? "" : f.answeredAt().toString()));
        }
        return Json.createObjectBuilder().add("messages", messages).build();
    }

    @Override
    public void anonymise(long profileId) {
        of(profileId).forEach(AccessibilityFeedback::erasePersonalData);
    }

    private List<AccessibilityFeedback> of(long profileId) {
        UserProfile profile = em.find(UserProfile.class, profileId);
        String email = profile == null || profile.email() == null ? "" : profile.email().toLowerCase(java.util.Locale.ROOT);
        return em.createNamedQuery(AccessibilityFeedback.OF_PERSON, AccessibilityFeedback.class)
                .setParameter("profile", profileId).setParameter("email", email).getResultList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
