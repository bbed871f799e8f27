package de.mitwirken.web.conference;

import de.mitwirken.conference.boundary.AttendeeExport;
import de.mitwirken.web.frame.CsvCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The organisers' attendee export as a table of texts, written as CSV (for German spreadsheets: UTF-8 with
 * byte order mark, semicolons, every cell quoted, no formulas from what people typed) or as Excel .xlsx
 * (every cell a text cell, so a value starting with "=" is never a formula).
 */
final class AttendeeTable {

    /** Texts of the page's language by key; a missing key comes back as null. */
    private final UnaryOperator<String> text;
    private final DateTimeFormatter dateTime;

    AttendeeTable(UnaryOperator<String> text, DateTimeFormatter dateTime) {
        this.text = text;
        this.dateTime = dateTime;
    }

    List<String> header(AttendeeExport export) {
        List<String> header = new ArrayList<>();
        for (String column : List.of("id", "name", "email", "organisation", "type", "group", "status",
                "accessibility", "dietary", "sessions", "checkedIn")) {
            header.add(label("conference.office.column." + column, column));
        }
        header.addAll(export.questions());
        return header;
    }

    List<List<String>> rows(AttendeeExport export) {
        List<List<String>> rows = new ArrayList<>(export.rows().size());
        for (AttendeeExport.Row r : export.rows()) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(r.id()));
            row.add(r.name());
            row.add(r.email());
            row.add(r.organisation());
            row.add(label("conference.type." + r.typeCode(), r.typeCode()));
            row.add(label("conference.group." + r.group(), r.group()));
            row.add(label("conference.office.status." + r.status(), r.status()));
            row.add(r.accessibilityNeeds());
            row.add(r.dietaryNeeds());
            row.add(r.sessions().stream()
                    .map(s -> s.title() + " (" + label("conference.choice." + s.status(), s.status()) + ")")
                    .collect(Collectors.joining("; ")));
            row.add(r.checkedInAt() == null ? null : dateTime.format(r.checkedInAt()));
            row.addAll(r.answers());
            rows.add(row);
        }
        return rows;
    }

    static void csv(List<String> header, List<List<String>> rows, Writer out) throws IOException {
        out.write('\uFEFF'); // byte order mark: spreadsheets then read the file as UTF-8
        out.write(CsvCells.line(header.toArray()));
        for (List<String> row : rows) {
            out.write(CsvCells.line(row.toArray()));
        }
        out.flush();
    }

    static void xlsx(String sheetName, List<String> header, List<List<String>> rows, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "Mitwirken", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < header.size(); c++) {
            sheet.inlineString(0, c, header.get(c));
        }
        sheet.range(0, 0, 0, Math.max(0, header.size() - 1)).style().bold().set();
        sheet.freezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String value = row.get(c);
                if (value != null && !value.isEmpty()) {
                    sheet.inlineString(r + 1, c, value);
                }
            }
        }
        workbook.finish();
    }

    private String label(String key, String fallback) {
        String label = text.apply(key);
        return label == null ? fallback : label;
    }
}
