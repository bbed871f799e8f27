package de.mitwirken.needs.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.platform.entity.Language;
import de.mitwirken.strategy.StrategyField;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommentTest {

    private static final Instant T0 = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void theAuthorEditsWithinFifteenMinutesOnly() {
        Comment comment = Comment.on(publicNeed(), 5, "Gute Idee!", false, T0);
        assertTrue(comment.isEditableBy(5L, T0.plusSeconds(14 * 60)));
        comment.edit(5, "Sehr gute Idee!", T0.plusSeconds(60));
        assertEquals("Sehr gute Idee!", comment.body());
        assertFalse(comment.isEditableBy(5L, T0.plusSeconds(15 * 60)));
        assertThrows(IllegalStateException.class, () -> comment.edit(5, "zu spät", T0.plusSeconds(16 * 60)));
        assertThrows(SecurityException.class, () -> comment.edit(6, "fremd", T0.plusSeconds(60)));
    }

    @Test
    void aModeratorHidesWithAReasonAndRestoresAndNeitherIsDoneTwice() {
        Comment comment = Comment.on(publicNeed(), 5, "Ruft mich an: 0171 1234567", false, T0);
        assertThrows(IllegalArgumentException.class, () -> comment.hide("  ", "moderator", T0));
        assertFalse(comment.hidden(), "without a reason nothing is hidden");
        assertTrue(comment.hide(" Telefonnummer\u0007\n im Text ", "moderator", T0));
        assertTrue(comment.hidden());
        assertEquals("Telefonnummer im Text", comment.hiddenReason(), "the reason is cleaned");
        assertEquals("moderator", comment.hiddenBy());
        assertEquals(T0, comment.hiddenAt());
        assertFalse(comment.isEditableBy(5L, T0.plusSeconds(60)), "a hidden comment cannot be edited");
        assertFalse(comment.hide("nochmal", "moderator", T0), "hiding twice changes nothing (the counter drops once)");
        assertEquals("Telefonnummer im Text", comment.hiddenReason());

        assertTrue(comment.restore());
        assertFalse(comment.hidden());
        assertEquals(null, comment.hiddenReason());
        assertEquals(null, comment.hiddenBy());
        assertFalse(comment.restore(), "restoring a shown comment changes nothing (the counter rises once)");
    }

    @Test
    void repliesGoOneLevelDeep() throws Exception {
        Comment comment = Comment.on(publicNeed(), 5, "Gute Idee!", false, T0);
        setId(comment, 1L);
        Comment reply = comment.reply(6, "Finde ich auch.", true, T0);
        assertTrue(reply.official());
        assertThrows(IllegalStateException.class, () -> reply.reply(7, "Und ich?", false, T0));
    }

    @Test
    void noCommentsOnNeedsThatAreNotPublicAndNoEmptyOrHugeComments() {
        Need queued = Need.submittedBy(1, draft(), null, Set.of(), Language.DE, ModerationMode.PRE, T0);
        assertThrows(IllegalStateException.class, () -> Comment.on(queued, 5, "Hallo", false, T0));
        assertThrows(IllegalArgumentException.class, () -> Comment.on(publicNeed(), 5, " \n ", false, T0));
        assertThrows(IllegalArgumentException.class, () -> Comment.on(publicNeed(), 5, "x".repeat(2001), false, T0));
    }

    private static Need publicNeed() {
        Need need = Need.submittedBy(1, draft(), null, Set.of(), Language.DE, ModerationMode.POST, T0);
        try {
            Field id = Need.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(need, 42L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return need;
    }

    private static NeedDraft draft() {
        return new NeedDraft("Ein Titel hier", "Eine Beschreibung mit genug Zeichen.", StrategyField.MOBILITY,
                SubmitterType.CITIZEN, null, null, Set.of());
    }

    private static void setId(Comment comment, long id) throws Exception {
        Field field = Comment.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(comment, id);
    }
}
