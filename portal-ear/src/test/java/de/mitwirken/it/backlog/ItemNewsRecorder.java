package de.mitwirken.it.backlog;

import de.mitwirken.backlog.boundary.ItemNews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test helper that ItemLinksIT puts into the EJB module: hears every {@link ItemNews} the backlog fires (as the
 * notifications will), so the test can count them per item.
 */
@ApplicationScoped
public class ItemNewsRecorder {

    private final List<ItemNews> heard = new CopyOnWriteArrayList<>();

    void hear(@Observes ItemNews news) {
        heard.add(news);
    }

    public List<ItemNews> about(long itemId) {
        return heard.stream().filter(n -> n.itemId() == itemId).toList();
    }
}
