package de.mitwirken.backlog.control;

import de.mitwirken.backlog.entity.ItemFollow;
import de.mitwirken.platform.boundary.AccountAnonymiser;
import de.mitwirken.platform.boundary.PersonalDataContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The backlog part of "my data" (the items the person follows) and of deleting an account (the follows go). */
@ApplicationScoped
public class ItemFollowsPersonalData implements PersonalDataContributor, AccountAnonymiser {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "backlog";
    }

    @Override
    public JsonValue personalData(long profileId) {
        JsonArrayBuilder follows = Json.createArrayBuilder();
        em.createNamedQuery(ItemFollow.OF_PROFILE, ItemFollow.class).setParameter("profileId", profileId).getResultList()
                .forEach(f -> follows.add(Json.createObjectBuilder().add("itemId", f.itemId())
                        .add("followedAt", f.followedAt().toString())));
        return Json.createObjectBuilder().add("followedItems", follows).build();
    }

    @Override
    public void anonymise(long profileId) {
        em.createNamedQuery(ItemFollow.DELETE_OF_PROFILE).setParameter("profileId", profileId).executeUpdate();
    }
}
