package de.mitwirken.web.frame;

/** One line of a semicolon-separated CSV for spreadsheets: every cell quoted, no formulas from user text. */
public final class CsvCells {

    private CsvCells() {
    }

    public static String line(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            String v = values[i] == null ? "" : String.valueOf(values[i]);
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v; // a spreadsheet would run it as a formula
            }
            line.append(i == 0 ? "" : ";").append('"').append(v.replace("\"", "\"\"")).append('"');
        }
        return line.append("\r\n").toString();
    }
}
