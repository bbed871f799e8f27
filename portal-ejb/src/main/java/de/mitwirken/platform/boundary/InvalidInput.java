package de.mitwirken.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * Input a use case cannot accept: field name → message key, so that the web tier can show each message
 * next to its field and keep what the person typed. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidInput(Map<String, String> problems) {
        super("invalid input: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public static InvalidInput of(String field, String messageKey) {
        return new InvalidInput(Map.of(field, messageKey));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
