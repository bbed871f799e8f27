package de.mitwirken.needs.control;

import de.mitwirken.needs.entity.ListingVersion;
import de.mitwirken.needs.entity.Comment;
import de.mitwirken.needs.entity.Need;
import de.mitwirken.needs.entity.NeedAttachment;
import de.mitwirken.needs.entity.ParticipationBlock;
import de.mitwirken.needs.entity.Support;
import de.mitwirken.platform.boundary.AccountAnonymiser;
import de.mitwirken.platform.boundary.PersonalDataContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The needs part of "my data" and of deleting an account: the person's needs, supports, comments, attachments and
 * the blocks a moderator set are exported; on deletion supports, follows and blocks go, while needs and comments stay
 * public under "former participant" (the profile itself is anonymised by the platform).
 */
@ApplicationScoped
public class NeedsPersonalData implements PersonalDataContributor, AccountAnonymiser {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "needs";
    }

    @Override
    public JsonValue personalData(long profileId) {
        JsonArrayBuilder needs = Json.createArrayBuilder();
        for (Need n : myNeeds(profileId)) {
            needs.add(Json.createObjectBuilder().add("id", n.id()).add("title", n.title())
                    .add("description", n.description()).add("status", n.status().name())
                    .add("createdAt", n.createdAt().toString()));
        }
        JsonArrayBuilder supports = Json.createArrayBuilder();
        em.createNamedQuery(Support.OF_PROFILE, Support.class).setParameter("profileId", profileId).getResultList()
                .forEach(s -> supports.add(Json.createObjectBuilder().add("needId", s.needId())
                        .add("createdAt", s.createdAt().toString())));
        JsonArrayBuilder comments = Json.createArrayBuilder();
        em.createNamedQuery(Comment.BY_AUTHOR, Comment.class).setParameter("authorId", profileId).getResultList()
                .forEach(c -> comments.add(Json.createObjectBuilder().add("id", c.id()).add("needId", c.needId())
                        .add("body", c.body()).add("createdAt", c.createdAt().toString())
                        .add("hiddenByModeration", c.hidden())));
        JsonArrayBuilder blocks = Json.createArrayBuilder();
        em.createNamedQuery(ParticipationBlock.OF_PROFILE, ParticipationBlock.class).setParameter("profileId", profileId)
                .getResultList().forEach(b -> {
                    JsonObjectBuilder block = Json.createObjectBuilder().add("blockedAt", b.blockedAt().toString())
                            .add("reason", b.reason()).add("lastDay", b.forGood() ? "for good" : b.lastDay().toString());
                    if (b.liftedAt() != null) {
                        block.add("liftedAt", b.liftedAt().toString()).add("liftNote", b.liftNote());
                    }
                    blocks.add(block);
                });
        return Json.createObjectBuilder().add("needs", needs).add("supports", supports).add("comments", comments)
                .add("participationBlocks", blocks).build();
    }

    @Override
    public List<ExportFile> files(long profileId) {
        List<ExportFile> files = new ArrayList<>();
        for (Need n : myNeeds(profileId)) {
            for (NeedAttachment a : em.createNamedQuery(NeedAttachment.OF_NEED, NeedAttachment.class)
                    .setParameter("needId", n.id()).getResultList()) {
                files.add(new ExportFile("need-" + n.id() + "/" + a.id() + "-" + a.filename(), a.content()));
            }
        }
        return files;
    }

    @Override
    public void anonymise(long profileId) {
        // supports are anonymous counts already, but the link to the person goes; counters follow the rows
        for (Support s : em.createNamedQuery(Support.OF_PROFILE, Support.class).setParameter("profileId", profileId)
                .getResultList()) {
            em.createNamedQuery(s.verified() ? Support.COUNT_DOWN_VERIFIED : Support.COUNT_DOWN).setParameter(1, s.needId())
                    .executeUpdate();
            ListingVersion.changedInBulk();
        }
        em.createNamedQuery(Support.DELETE_OF_PROFILE).setParameter("profileId", profileId).executeUpdate();
        em.createNamedQuery(de.mitwirken.needs.entity.Follow.DELETE_OF_PROFILE).setParameter("profileId", profileId)
                .executeUpdate();
        // the account cannot take part any more: its blocks and their reasons (about the person) go too
        em.createNamedQuery(ParticipationBlock.DELETE_OF_PROFILE).setParameter("profileId", profileId).executeUpdate();
    }

    private List<Need> myNeeds(long profileId) {
        return em.createNamedQuery(Need.BY_AUTHOR, Need.class).setParameter("authorId", profileId).getResultList();
    }
}
