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

    /** Which field the value belongs to; null for a step that is not allowed. */
    String field();

    String messageKey();

    Object[] args();

    /** A bad value: shown next to {@code field} with the text of {@code messageKey}. */
    static InvalidValue invalid(String field, String messageKey, Object... args) {
        return new InvalidValue(field, messageKey, args);
    }

    /** A step the state does not allow now; {@code messageKey} says why. */
    static NotAllowedStep notAllowed(String messageKey, Object... args) {
        return new NotAllowedStep(messageKey, args);
    }

    /**
     * A value that clashes with what exists already (a duplicate), shown next to {@code field}; an
     * IllegalStateException for the entity's callers, since the value itself is well-formed.
     */
    static Conflict conflict(String field, String messageKey, Object... args) {
        return new Conflict(field, messageKey, args);
    }

    /**
     * The same refusal for another field, for an entity step that two use cases show next to different
     * fields; a step that is not allowed keeps its key.
     */
    static RuntimeException forField(RuntimeException refusal, String field, String messageKey) {
        if (refusal instanceof Refusal r && r.field() != null) {
            return invalid(field, messageKey);
        }
        return refusal;
    }

    final class InvalidValue extends IllegalArgumentException implements Refusal {

        private static final long serialVersionUID = 1L;
        private final String field;
        private final String messageKey;
        private final Object[] args;

        private InvalidValue(String field, String messageKey, Object... args) {
            this(field + ": " + messageKey, field, messageKey, args);
        }

        private InvalidValue(String detail, String field, String messageKey, Object... args) {
            super(detail);
            this.field = Objects.requireNonNull(field);
            this.messageKey = Objects.requireNonNull(messageKey);
            this.args = args.clone();
        }

        /** The same refusal with {@code detail} as the exception's message (for logs and the entity's tests). */
        public InvalidValue because(String detail) {
            return new InvalidValue(detail, field, messageKey, args);
        }

        @Override
        public String field() {
            return field;
        }

        @Override
        public String messageKey() {
            return messageKey;
        }

        @Override
        public Object[] args() {
            return args.clone();
        }

        @Override
        public String toString() {
            return "Refusal.InvalidValue[" + field + ", " + messageKey + ", " + Arrays.toString(args) + "]";
        }
    }

    final class Conflict extends IllegalStateException implements Refusal {

        private static final long serialVersionUID = 1L;
        private final String field;
        private final String messageKey;
        private final Object[] args;

        private Conflict(String field, String messageKey, Object... args) {
            super(field + ": " + messageKey);
            this.field = Objects.requireNonNull(field);
            this.messageKey = Objects.requireNonNull(messageKey);
            this.args = args.clone();
        }

        @Override
        public String field() {
            return field;
        }

        @Override
        public String messageKey() {
            return messageKey;
        }

        @Override
        public Object[] args() {
            return args.clone();
        }
    }

    final class NotAllowedStep extends IllegalStateException implements Refusal {

        private static final long serialVersionUID = 1L;
        private final String messageKey;
        private final Object[] args;

        private NotAllowedStep(String messageKey, Object... args) {
            this(messageKey, messageKey, args);
        }

        private NotAllowedStep(String detail, String messageKey, Object... args) {
            super(detail);
            this.messageKey = Objects.requireNonNull(messageKey);
            this.args = args.clone();
        }

        /** The same refusal with {@code detail} as the exception's message (for logs and the entity's tests). */
        public NotAllowedStep because(String detail) {
            return new NotAllowedStep(detail, messageKey, args);
        }

        @Override
        public String field() {
            return null;
        }

        @Override
        public String messageKey() {
            return messageKey;
        }

        @Override
        public Object[] args() {
            return args.clone();
        }

        @Override
        public String toString() {
            return "Refusal.NotAllowedStep[" + messageKey + ", " + Arrays.toString(args) + "]";
        }
    }
}
