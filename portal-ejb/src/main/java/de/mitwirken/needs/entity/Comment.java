package de.mitwirken.needs.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A comment on a need, or a reply to one (one level only). Its author may edit it for 15 minutes; staff
 * comments are marked official.
 */
@Entity
@Table(name = "need_comment")
@NamedQuery(name = Comment.OF_NEED, query = "SELECT c FROM Comment c WHERE c.needId = :needId AND c.hidden = false"
        + " ORDER BY c.createdAt, c.id")
@NamedQuery(name = Comment.ALL_OF_NEED, query = "SELECT c FROM Comment c WHERE c.needId = :needId ORDER BY c.createdAt, c.id")
@NamedQuery(name = Comment.BY_AUTHOR, query = "SELECT c FROM Comment c WHERE c.authorId = :authorId ORDER BY c.createdAt DESC")
public class Comment {

    public static final String OF_NEED = "Comment.ofNeed";
    public static final String BY_AUTHOR = "Comment.byAuthor";
    /** With hidden ones, for the moderators. */
    public static final String ALL_OF_NEED = "Comment.allOfNeed";
    public static final int MAX_HIDE_REASON = 500;
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "need_id", nullable = false, updatable = false)
    private Long needId;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "official", nullable = false)
    private boolean official;

    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_by")
    private String hiddenBy;

    @Column(name = "hidden_reason", length = MAX_HIDE_REASON)
    private String hiddenReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    protected Comment() {
        // for JPA
    }

    private Comment(long needId, Long parentId, long authorId, String body, boolean official, Instant now) {
        this.needId = needId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.body = checked(body);
        this.official = official;
        this.createdAt = now;
    }

    public static Comment on(Need need, long authorId, String body, boolean official, Instant now) {
        if (!need.acceptsParticipation()) {
            throw Refusal.notAllowed("needs.error.replyDepth"); // the boundary checks first: not reached from a page
        }
        return new Comment(need.id(), null, authorId, body, official, now);
    }

    public Comment reply(long authorId, String replyBody, boolean asOfficial, Instant now) {
        if (parentId != null) {
            throw Refusal.notAllowed("needs.error.replyDepth"); // replies go one level deep
        }
        if (hidden) {
            throw Refusal.notAllowed("needs.error.replyDepth"); // no replies to a hidden comment
        }
        return new Comment(needId, id, authorId, replyBody, asOfficial, now);
    }

    /** Only the author, only within 15 minutes of writing. */
    public void edit(long editorId, String newBody, Instant now) {
        if (editorId != authorId) {
            throw new SecurityException("only the author edits a comment");
        }
        if (!isEditableBy(editorId, now)) {
            throw new IllegalStateException("the 15 minutes for editing have passed");
        }
        this.body = checked(newBody);
        this.editedAt = now;
    }

    public boolean isEditableBy(Long profileId, Instant now) {
        return profileId != null && profileId.equals(authorId) && !hidden && now.isBefore(createdAt.plus(EDIT_WINDOW));
    }

    /**
     * Hides the comment from the public (like a hidden need, it is then not shown at all; its author still sees it
     * was hidden on the moderation's word), with the moderator's reason.
     *
     * @return false if it was hidden already (nothing changed)
     */
    public boolean hide(String reason, String by, Instant now) {
        String clean = CleanText.line(reason);
        if (clean.isEmpty() || clean.length() > MAX_HIDE_REASON) {
            throw Refusal.invalid("hideReason", "needs.error.hideReason");
        }
        if (hidden) {
            return false;
        }
        hidden = true;
        hiddenReason = clean;
        hiddenBy = by;
        hiddenAt = now;
        return true;
    }

    /** @return false if it was not hidden (nothing changed) */
    public boolean restore() {
        if (!hidden) {
            return false;
        }
        hidden = false;
        hiddenReason = null;
        hiddenBy = null;
        hiddenAt = null;
        return true;
    }

    private static String checked(String text) {
        String clean = CleanText.multiline(text);
        if (clean.isEmpty()) {
            throw Refusal.invalid("comment", "needs.error.comment");
        }
        if (CleanText.length(clean) > MAX_LENGTH) {
            throw Refusal.invalid("comment", "needs.error.comment");
        }
        return clean;
    }

    public Long id() {
        return id;
    }

    public Long needId() {
        return needId;
    }

    public Long parentId() {
        return parentId;
    }

    public Long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public boolean official() {
        return official;
    }

    public boolean hidden() {
        return hidden;
    }

    public Instant hiddenAt() {
        return hiddenAt;
    }

    public String hiddenBy() {
        return hiddenBy;
    }

    public String hiddenReason() {
        return hiddenReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant editedAt() {
        return editedAt;
    }
}
