package de.mitwirken.needs.boundary;

import de.mitwirken.needs.entity.Outcome;
import java.io.Serializable;
import java.time.Instant;

/** The city's official answer to a public need, as the public reads it on the need's page. */
public record OfficialAnswer(long needId, String needTitle, Outcome outcome, String text, String department,
                             Instant answeredAt) implements Serializable {
}
