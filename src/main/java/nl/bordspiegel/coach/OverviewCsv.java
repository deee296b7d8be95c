package nl.bordspiegel.coach;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.bordspiegel.shared.CsvTable;
import nl.bordspiegel.shared.Messages;

/** The coach overview as a {@link CsvTable}: one row per team, numbers as Dutch Excel reads them. */
final class OverviewCsv {

    private static final List<String> COLUMNS = List.of("team", "held", "cancelled", "missing", "teacherAttendance",
            "leaderAttendance", "differentLeads", "openActions", "overdueActions", "doneActions", "medianDaysToClose",
            "goalsOnTrack", "goalsRunning", "lastSession", "attention");

    private OverviewCsv() {
    }

    static byte[] write(List<TeamStatus> teams, Locale locale) {
        CsvTable csv = new CsvTable();
        csv.row(COLUMNS.stream().map(column -> Messages.get(locale, "coach.csv." + column)).toList());
        NumberFormat decimal = NumberFormat.getNumberInstance(Messages.supported(locale));
        decimal.setMaximumFractionDigits(1);
        DateTimeFormatter date = DateTimeFormatter.ofPattern(
                Messages.supported(locale).equals(Messages.DUTCH) ? "dd-MM-yyyy" : "yyyy-MM-dd");
        for (TeamStatus team : teams) {
            csv.row(Arrays.asList(team.teamName(), team.sessionsHeld(), team.sessionsCancelled(), team.weeksMissing(),
                    percent(team.teacherAttendance()), percent(team.leaderAttendance()), team.differentLeads(),
                    team.openActions(), team.overdueActions(), team.doneActions(),
                    team.medianDaysToClose() == null ? "" : decimal.format(team.medianDaysToClose()),
                    team.goalsOnTrack(), team.goalsRunning(),
                    team.lastSession() == null ? "" : date.format(team.lastSession()),
                    team.attention().stream().map(reason -> reason.text(locale)).collect(Collectors.joining(", "))));
        }
        return csv.bytes();
    }

    private static String percent(Double rate) {
        return rate == null ? "" : String.valueOf(Math.round(rate * 100));
    }
}
