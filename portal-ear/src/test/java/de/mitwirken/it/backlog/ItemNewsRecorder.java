package de.mitwirken.it.backlog;

import de.mitwirken.backlog.boundary.ItemNews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test helper (ItemLinksIT puts it into the EJB module, ItemPlanningIT into the web module): a synchronous observer
 * of every {@link ItemNews} the backlog fires, as the notifications are, so what it heard was fired in the transaction
 * of the change; the tests count it per item.
 */
@ApplicationScoped
public class ItemNewsRecorder {

    private final List<ItemNews> heard = new CopyOnWriteArrayList<>();

    void hear(@Observes ItemNews news) {
        heard.add(news);
    }

    /** What was heard about one item, in the order it was fired. */
    public List<ItemNews> about(long itemId) {
        return heard.stream().filter(n -> n.itemId() == itemId).toList();
    }
}
