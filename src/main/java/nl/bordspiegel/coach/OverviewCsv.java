package nl.bordspiegel.coach;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.bordspiegel.shared.Messages;

/**
 * The overview as CSV for Excel with Dutch settings: {@code ;} between fields (the comma is
 * the decimal sign there), a UTF-8 byte order mark (or Excel reads the file as Windows-1252
 * and breaks "ë"), and CRLF line ends.
 */
final class OverviewCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> COLUMNS = List.of("team", "held", "cancelled", "missing", "teacherAttendance",
            "leaderAttendance", "differentLeads", "openActions", "overdueActions", "doneActions", "medianDaysToClose",
            "goalsOnTrack", "goalsRunning", "lastSession", "attention");

    private OverviewCsv() {
    }

    static byte[] write(List<TeamStatus> teams, Locale locale) {
        StringBuilder csv = new StringBuilder();
        line(csv, COLUMNS.stream().map(column -> Messages.get(locale, "coach.csv." + column)));
        NumberFormat decimal = NumberFormat.getNumberInstance(Messages.supported(locale));
        decimal.setMaximumFractionDigits(1);
        DateTimeFormatter date = DateTimeFormatter.ofPattern(
                Messages.supported(locale).equals(Messages.DUTCH) ? "dd-MM-yyyy" : "yyyy-MM-dd");
        for (TeamStatus team : teams) {
            line(csv, Stream.of(team.teamName(), team.sessionsHeld(), team.sessionsCancelled(), team.weeksMissing(),
                    percent(team.teacherAttendance()), percent(team.leaderAttendance()), team.differentLeads(),
                    team.openActions(), team.overdueActions(), team.doneActions(),
                    team.medianDaysToClose() == null ? "" : decimal.format(team.medianDaysToClose()),
                    team.goalsOnTrack(), team.goalsRunning(),
                    team.lastSession() == null ? "" : date.format(team.lastSession()),
                    team.attention().stream().map(reason -> reason.text(locale)).collect(Collectors.joining(", ")))
                    .map(String::valueOf));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String percent(Double rate) {
        return rate == null ? "" : String.valueOf(Math.round(rate * 100));
    }

    private static void line(StringBuilder csv, Stream<String> fields) {
        csv.append(fields.map(OverviewCsv::field).collect(Collectors.joining(";"))).append("\r\n");
    }

    static String field(String value) {
        String safe = value;
        // A team name starting with = + - @ would run as a formula in Excel (CSV injection).
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
