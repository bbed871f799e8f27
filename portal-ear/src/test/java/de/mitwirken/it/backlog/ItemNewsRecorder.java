package de.mitwirken.it.backlog;

import de.mitwirken.backlog.boundary.ItemNews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hears the backlog's news inside the server, as the notifications will: a synchronous observer of
 * {@link ItemNews}, so what it heard was fired in the transaction of the change (test bean of ItemPlanningIT).
 */
@ApplicationScoped
public class ItemNewsRecorder {

    private final List<ItemNews> heard = new CopyOnWriteArrayList<>();

    void on(@Observes ItemNews news) {
        heard.add(news);
    }

    /** What was heard about one item, in the order it was fired. */
    public List<ItemNews> about(long itemId) {
        return heard.stream().filter(n -> n.itemId() == itemId).toList();
    }
}
