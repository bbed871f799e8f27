package de.mitwirken.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Map;

/**
 * Input a use case cannot accept: field name → message key, so that the web tier can show each message
 * next to its field and keep what the person typed. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private final Map<String, String> problems;
    private final Map<String, List<Object>> args;

    public InvalidInput(Map<String, String> problems) {
        this(problems, Map.of());
    }

    private InvalidInput(Map<String, String> problems, Map<String, List<Object>> args) {
        super("invalid input: " + problems);
        this.problems = Map.copyOf(problems);
        this.args = Map.copyOf(args);
    }

    public static InvalidInput of(String field, String messageKey) {
        return new InvalidInput(Map.of(field, messageKey));
    }

    /** One problem whose message has arguments ({0}, {1}... in the message's text). */
    public static InvalidInput of(String field, String messageKey, Object... args) {
        return new InvalidInput(Map.of(field, messageKey), Map.of(field, List.of(args)));
    }

    /** The arguments of the message for this field; none for most. */
    public Object[] args(String field) {
        return args.getOrDefault(field, List.of()).toArray();
    }

    public Map<String, String> problems() {
        return problems;
    }
}
