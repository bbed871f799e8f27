package de.mitwirken.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.mitwirken.platform.entity.Refusal;
import jakarta.interceptor.InvocationContext;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class RefusalTranslationTest {

    private final RefusalTranslation translation = new RefusalTranslation();

    @Test
    void aResultPassesUnchanged() throws Exception {
        assertEquals("done", translation.translate(invocation(() -> "done")));
    }

    @Test
    void aBadValueBecomesInvalidInputForItsField() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> translation.translate(invocation(() -> {
            throw Refusal.invalid("rejectReason", "needs.error.rejectReason");
        })));
        assertEquals(Map.of("rejectReason", "needs.error.rejectReason"), e.problems());
        assertArrayEquals(new Object[0], e.args("rejectReason"));
    }

    @Test
    void aStepNotAllowedBecomesNotAllowedWithItsKey() {
        NotAllowed e = assertThrows(NotAllowed.class, () -> translation.translate(invocation(() -> {
            throw Refusal.notAllowed("needs.error.transition");
        })));
        assertEquals("needs.error.transition", e.messageKey());
        assertArrayEquals(new Object[0], e.args());
    }

    @Test
    void aClashIsAnIllegalStateShownAtItsField() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> translation.translate(invocation(() -> {
            throw Refusal.conflict("link", "backlog.error.link.duplicate");
        })));
        assertEquals(Map.of("link", "backlog.error.link.duplicate"), e.problems());
    }

    @Test
    void argumentsTravelToTheWebTier() {
        NotAllowed step = assertThrows(NotAllowed.class, () -> translation.translate(invocation(() -> {
            throw Refusal.notAllowed("conference.error.full", 3, "A");
        })));
        assertArrayEquals(new Object[] {3, "A"}, step.args());
        InvalidInput value = assertThrows(InvalidInput.class, () -> translation.translate(invocation(() -> {
            throw Refusal.invalid("seats", "conference.error.seats", 5);
        })));
        assertArrayEquals(new Object[] {5}, value.args("seats"));
    }

    @Test
    void otherExceptionsPassUnchanged() {
        IllegalArgumentException programmingError = new IllegalArgumentException("null id");
        assertSame(programmingError, assertThrows(IllegalArgumentException.class,
                () -> translation.translate(invocation(() -> {
                    throw programmingError;
                }))));
        NotAllowed already = new NotAllowed("needs.error.blocked");
        assertSame(already, assertThrows(NotAllowed.class, () -> translation.translate(invocation(() -> {
            throw already;
        }))));
    }

    private static InvocationContext invocation(Callable<Object> target) {
        return ThroughInterceptors.invocation(target);
    }
}
