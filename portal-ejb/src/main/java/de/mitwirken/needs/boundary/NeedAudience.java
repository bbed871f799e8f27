package de.mitwirken.needs.boundary;

import de.mitwirken.needs.entity.Follow;
import de.mitwirken.needs.entity.Need;
import de.mitwirken.platform.entity.Language;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who hears about needs, for capabilities that build on them ("you said – we did": the backlog tells the people
 * behind the needs an item answers): the followers of the needs (submitters, supporters and commenters follow by
 * default, unless they unfollowed; others chose to), each once, and the guests who submitted by mail and confirmed
 * it, while their address is kept (it is forgotten by retention). Called inside the caller's transaction.
 */
@Stateless
public class NeedAudience {

    /** Keeps IN lists to a size every database plans well. */
    static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    /** A guest submitter: the address and the language they wrote in. */
    public record Guest(String email, Language language) {
    }

    /** Profiles (ids) and guests (one per address) behind some needs. */
    public record Audience(Set<Long> profileIds, List<Guest> guests) {
    }

    public Audience of(Collection<Long> needIds) {
        Set<Long> profiles = new TreeSet<>();
        Map<String, Guest> guests = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(new TreeSet<>(needIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            profiles.addAll(em.createNamedQuery(Follow.FOLLOWERS_OF_NEEDS, Long.class).setParameter("needIds", chunk)
                    .getResultList());
            for (Object[] row : em.createNamedQuery(Need.GUESTS_OF_NEEDS, Object[].class).setParameter("needIds", chunk)
                    .getResultList()) {
                String email = (String) row[0];
                guests.putIfAbsent(email.toLowerCase(java.util.Locale.ROOT), new Guest(email, (Language) row[1]));
            }
        }
        return new Audience(profiles, List.copyOf(guests.values()));
    }

    /** The needs in a cluster, for news about the cluster. */
    public Set<Long> needsOfCluster(long clusterId) {
        return new TreeSet<>(em.createNamedQuery(Need.IDS_OF_CLUSTER, Long.class).setParameter("clusterId", clusterId)
                .getResultList());
    }
}
