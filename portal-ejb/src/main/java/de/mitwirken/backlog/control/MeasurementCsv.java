package de.mitwirken.backlog.control;

import de.mitwirken.backlog.entity.MeasurementDraft;
import de.mitwirken.platform.boundary.CsvRejected;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads KPI measurements from CSV (columns kpi_id, date, value, note; ";" or ","): dates as 2025-03-31 or
 * 31.03.2025, values as 12.5 or German 1.234,5. Every problem is reported with its line; the caller
 * imports nothing unless the list of problems is empty.
 */
public final class MeasurementCsv {

    public static final List<String> COLUMNS = List.of("kpi_id", "date", "value", "note");
    static final int MAX_ROWS = 10_000;
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** One good row. */
    public record Row(long line, long kpiId, MeasurementDraft draft) {
    }

    /** The rows read and the problems found. */
    public record Result(List<Row> rows, List<CsvRejected.Problem> problems) {
    }

    private MeasurementCsv() {
    }

    public static Result read(String csv, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        List<CsvRejected.Problem> problems = new ArrayList<>();
        String text = csv == null ? "" : csv.replace("\uFEFF", "");
        char delimiter = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).build();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            if (!parser.getHeaderNames().stream().map(String::strip).toList().containsAll(COLUMNS.subList(0, 3))) {
                return new Result(List.of(), List.of(new CsvRejected.Problem(1, String.join(",", COLUMNS), "backlog.kpi.csv.header")));
            }
            boolean hasNote = parser.getHeaderNames().contains("note");
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (rows.size() >= MAX_ROWS) {
                    problems.add(new CsvRejected.Problem(line, "", "backlog.kpi.csv.tooManyRows"));
                    break;
                }
                if (!record.isConsistent()) {
                    problems.add(new CsvRejected.Problem(line, "", "backlog.kpi.csv.columns"));
                    continue;
                }
                int before = problems.size();
                Long kpiId = kpiId(record.get("kpi_id"), line, problems);
                LocalDate date = date(record.get("date"), line, problems);
                BigDecimal value = value(record.get("value"), line, problems);
                MeasurementDraft draft = new MeasurementDraft(date, value, hasNote ? record.get("note") : null);
                if (problems.size() == before) {
                    draft.problems(today).forEach((field, key) -> problems.add(new CsvRejected.Problem(line, column(field), key)));
                }
                if (problems.size() == before) {
                    rows.add(new Row(line, kpiId, draft));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return new Result(List.of(), List.of(new CsvRejected.Problem(0, "", "backlog.kpi.csv.unreadable")));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new CsvRejected.Problem(2, "", "backlog.kpi.csv.empty"));
        }
        return new Result(rows, problems);
    }

    private static String column(String field) {
        return "note".equals(field) ? "note" : "date".equals(field) ? "date" : "value";
    }

    private static Long kpiId(String text, long line, List<CsvRejected.Problem> problems) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new CsvRejected.Problem(line, "kpi_id", "backlog.kpi.csv.kpiId"));
            return null;
        }
    }

    private static LocalDate date(String text, long line, List<CsvRejected.Problem> problems) {
        try {
            return text.contains(".") ? LocalDate.parse(text, GERMAN) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new CsvRejected.Problem(line, "date", "backlog.kpi.csv.date"));
            return null;
        }
    }

    /** A comma means German notation (dots group thousands); otherwise the dot is the decimal point. */
    static BigDecimal value(String text, long line, List<CsvRejected.Problem> problems) {
        String plain = text.replace(" ", "").replace("\u00A0", "");
        if (plain.contains(",")) {
            plain = plain.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            problems.add(new CsvRejected.Problem(line, "value", "backlog.kpi.csv.value"));
            return null;
        }
    }
}
