package nl.bordspiegel.session;

import java.time.LocalDateTime;
import java.util.List;

import nl.bordspiegel.school.PersonSummary;

/** A session in progress, as the session screen shows it. */
public record RunningSession(long id, long teamId, String teamName, LocalDateTime startedAt, long ledById,
                             String ledByName, int currentStep, List<AgendaItem> agenda,
                             List<AttendanceLine> attendance, List<PersonSummary> mayLead) {

    public RunningSession {
        agenda = List.copyOf(agenda);
        attendance = List.copyOf(attendance);
        mayLead = List.copyOf(mayLead);
    }

    public int plannedMinutes() {
        return AgendaItem.plannedMinutes(agenda);
    }

    /** By which minute of the session the given step should be done. */
    public int plannedEndOfStep(int step) {
        return AgendaItem.plannedMinutes(agenda.subList(0, step + 1));
    }

    public boolean lastStep() {
        return currentStep == agenda.size() - 1;
    }
}
