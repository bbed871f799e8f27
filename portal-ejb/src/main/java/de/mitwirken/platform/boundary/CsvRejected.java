package de.mitwirken.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;

/**
 * A CSV import refused as a whole, with every problem by line and column; nothing was imported. In the platform
 * because several capabilities import CSV files (services, KPI measurements).
 */
@ApplicationException(rollback = true)
public class CsvRejected extends RuntimeException {

    /** One problem: line number (1 = header), column, message key. */
    public record Problem(long line, String column, String messageKey) implements Serializable {
    }

    private final List<Problem> problems;

    public CsvRejected(List<Problem> problems) {
        super(problems.size() + " problems in the CSV file");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
