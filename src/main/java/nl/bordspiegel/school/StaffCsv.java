package nl.bordspiegel.school;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits staff CSV text into lines of fields. Both comma and semicolon separators are read
 * (Dutch spreadsheets write semicolons); double quotes may enclose a field. Pure Java.
 */
final class StaffCsv {

    private StaffCsv() {
    }

    /** A line of the file with its 1-based line number. */
    record Line(int number, List<String> fields) {
    }

    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = (text == null ? "" : text.replace("\uFEFF", "")).split("\r\n|\r|\n", -1);
        char separator = separatorOf(raw.length == 0 ? "" : raw[0]);
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                lines.add(new Line(i + 1, fields(raw[i], separator)));
            }
        }
        return lines;
    }

    private static char separatorOf(String header) {
        return header.indexOf(';') >= 0 ? ';' : ',';
    }

    private static List<String> fields(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
