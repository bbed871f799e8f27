package de.mitwirken.needs.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A comment as the detail page shows it, with its replies (one level). */
public record CommentView(long id, Long parentId, Long authorId, String authorName, boolean formerParticipant,
                          boolean official, String body, Instant createdAt, Instant editedAt,
                          List<CommentView> replies) implements Serializable {
}
