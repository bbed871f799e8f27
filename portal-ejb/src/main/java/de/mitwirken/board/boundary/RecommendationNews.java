package de.mitwirken.board.boundary;

import de.mitwirken.board.entity.Addressee;
import java.io.Serializable;
import java.time.Instant;

/** A recommendation the board adopted: what it says, to whom, in which meeting and when the vote was recorded. */
public record RecommendationNews(long id, String title, String body, Addressee addressee, String meetingTitle,
                                 Instant votedAt) implements Serializable {
}
