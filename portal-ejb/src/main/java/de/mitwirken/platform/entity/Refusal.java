package de.mitwirken.platform.entity;

import java.util.Arrays;
import java.util.Objects;

/**
 * How an entity (or a control) says no: a bad value for a field, or a step its state does not allow. It
 * carries the message key (and its arguments) the person is shown, so that a boundary need not translate
 * by hand; {@code platform.boundary.RefusalTranslation} turns it into InvalidInput or NotAllowed in one place.
 * <p>
 * The kinds are subclasses of IllegalArgumentException (a bad value) and IllegalStateException (a step not
 * allowed, a value that clashes with what exists), so that entity code and tests written against those types
 * keep working: a refusal is still "an illegal argument" or "an illegal state", it only knows what to tell
 * the person. A refusal with a field becomes InvalidInput, one without NotAllowed.
 */
public interface Refusal {

    /** What the person is told: the field (null for a step that is not allowed), the message key, its arguments. */
    record Reason(String field, String messageKey, Object[] args) {

        public Reason {
            Objects.requireNonNull(messageKey);
            args = args.clone();
        }

        @Override
        public Object[] args() {
            return args.clone();
        }

        @Override
        public String toString() {
            return (field == null ? "" : field + ", ") + messageKey + ", " + Arrays.toString(args);
        }
    }

    /** Every kind of refusal holds one reason (exceptions cannot share a base class across the two JDK types). */
    Reason reason();

    /** Which field the value belongs to; null for a step that is not allowed. */
    default String field() {
        return reason().field();
    }

    default String messageKey() {
        return reason().messageKey();
    }

    default Object[] args() {
        return reason().args();
    }

    /** A bad value: shown next to {@code field} with the text of {@code messageKey}. */
    static InvalidValue invalid(String field, String messageKey, Object... args) {
        return new InvalidValue(field + ": " + messageKey, new Reason(Objects.requireNonNull(field), messageKey, args));
    }

    /** A step the state does not allow now; {@code messageKey} says why. */
    static NotAllowedStep notAllowed(String messageKey, Object... args) {
        return new NotAllowedStep(messageKey, new Reason(null, messageKey, args));
    }

    /**
     * A value that clashes with what exists already (a duplicate), shown next to {@code field}; an
     * IllegalStateException for the entity's callers, since the value itself is well-formed.
     */
    static Conflict conflict(String field, String messageKey, Object... args) {
        return new Conflict(field + ": " + messageKey, new Reason(Objects.requireNonNull(field), messageKey, args));
    }

    final class InvalidValue extends IllegalArgumentException implements Refusal {

        private static final long serialVersionUID = 1L;
        private final transient Reason reason;

        private InvalidValue(String detail, Reason reason) {
            super(detail);
            this.reason = reason;
        }

        /** The same refusal with {@code detail} as the exception's message (for logs and the entity's tests). */
        public InvalidValue because(String detail) {
            return new InvalidValue(detail, reason);
        }

        @Override
        public Reason reason() {
            return reason;
        }

        @Override
        public String toString() {
            return "Refusal.InvalidValue[" + reason + "]";
        }
    }

    final class Conflict extends IllegalStateException implements Refusal {

        private static final long serialVersionUID = 1L;
        private final transient Reason reason;

        private Conflict(String detail, Reason reason) {
            super(detail);
            this.reason = reason;
        }

        @Override
        public Reason reason() {
            return reason;
        }
    }

    final class NotAllowedStep extends IllegalStateException implements Refusal {

        private static final long serialVersionUID = 1L;
        private final transient Reason reason;

        private NotAllowedStep(String detail, Reason reason) {
            super(detail);
            this.reason = reason;
        }

        /** The same refusal with {@code detail} as the exception's message (for logs and the entity's tests). */
        public NotAllowedStep because(String detail) {
            return new NotAllowedStep(detail, reason);
        }

        @Override
        public Reason reason() {
            return reason;
        }

        @Override
        public String toString() {
            return "Refusal.NotAllowedStep[" + reason + "]";
        }
    }
}
