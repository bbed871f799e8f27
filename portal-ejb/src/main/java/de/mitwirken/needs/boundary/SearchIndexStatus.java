package de.mitwirken.needs.boundary;

import java.io.Serializable;

/**
 * How this node's search index stands: {@code warming} while it is built from the database (searches use the
 * database meanwhile), {@code ready}, {@code failed} (searches stay on the database) or {@code off}
 * ({@code portal.search.enabled=false}); {@code needs} is how many needs it holds (while warming: so far).
 */
public record SearchIndexStatus(String state, long needs) implements Serializable {

    public boolean warming() {
        return "warming".equals(state);
    }
}
