package nl.bordspiegel.session;

import java.time.LocalDate;
import java.util.List;

/** One week of a team's history, Monday first: its sessions, or none (a gap the coach sees). */
public record HistoryWeek(LocalDate monday, List<SessionLine> sessions) {

    public HistoryWeek {
        sessions = List.copyOf(sessions);
    }

    public boolean withoutRecord() {
        return sessions.isEmpty();
    }
}
