package de.mitwirken.platform.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void aBadValueIsAnIllegalArgumentForItsField() {
        Refusal.InvalidValue refusal = Refusal.invalid("rejectReason", "needs.error.rejectReason");
        assertInstanceOf(IllegalArgumentException.class, refusal);
        assertEquals("rejectReason", refusal.field());
        assertEquals("needs.error.rejectReason", refusal.messageKey());
        assertArrayEquals(new Object[0], refusal.args());
    }

    @Test
    void aStepNotAllowedIsAnIllegalStateWithoutField() {
        Refusal.NotAllowedStep refusal = Refusal.notAllowed("conference.error.full", 12);
        assertInstanceOf(IllegalStateException.class, refusal);
        assertNull(refusal.field());
        assertEquals("conference.error.full", refusal.messageKey());
        assertArrayEquals(new Object[] {12}, refusal.args());
    }

    @Test
    void aClashIsAnIllegalStateForAField() {
        Refusal.Conflict refusal = Refusal.conflict("link", "backlog.error.link.duplicate");
        assertInstanceOf(IllegalStateException.class, refusal);
        assertEquals("link", refusal.field());
        assertEquals("backlog.error.link.duplicate", refusal.messageKey());
    }

    @Test
    void argumentsCannotBeChangedFromOutside() {
        Object[] args = {"a"};
        Refusal.NotAllowedStep refusal = Refusal.notAllowed("key", args);
        args[0] = "b";
        refusal.args()[0] = "c";
        assertArrayEquals(new Object[] {"a"}, refusal.args());
    }

    @Test
    void becauseKeepsTheRefusalWithAnotherMessage() {
        Refusal.InvalidValue value = Refusal.invalid("meeting", "board.error.vote.quorum", 1).because("quorum");
        assertEquals("quorum", value.getMessage());
        assertEquals("meeting", value.field());
        assertEquals("board.error.vote.quorum", value.messageKey());
        assertArrayEquals(new Object[] {1}, value.args());
        Refusal.NotAllowedStep step = Refusal.notAllowed("board.error.transition").because("voted already");
        assertEquals("voted already", step.getMessage());
        assertEquals("board.error.transition", step.messageKey());
    }
}
