package de.mitwirken.board.boundary;

import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import java.util.function.Supplier;

/**
 * Runs an entity's step and turns its refusals into what the web tier shows: a bad value
 * (IllegalArgumentException) becomes {@link InvalidInput} for the field, a step the state does not allow
 * (IllegalStateException) becomes {@link NotAllowed}.
 */
final class Steps {

    private Steps() {
    }

    static <T> T run(Supplier<T> step, String field) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "board.error." + field);
        } catch (IllegalStateException e) {
            throw new NotAllowed("board.error.transition");
        }
    }
}
