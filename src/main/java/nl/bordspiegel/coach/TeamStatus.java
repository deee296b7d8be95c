package nl.bordspiegel.coach;

import java.time.LocalDate;
import java.util.List;

/**
 * One team's state at a glance, over the last {@link CoachOverview#WEEKS} weeks where a
 * window applies. Rates are shares in [0,1]; a null rate, median or date means there is
 * nothing to measure yet (no held session, no closed action with a known date).
 */
public record TeamStatus(
        long teamId,
        String teamName,
        int sessionsHeld,
        int sessionsCancelled,
        int weeksMissing,
        Double teacherAttendance,
        Double leaderAttendance,
        int differentLeads,
        int openActions,
        int overdueActions,
        int doneActions,
        Double medianDaysToClose,
        int goalsOnTrack,
        int goalsRunning,
        LocalDate lastSession,
        List<Attention> attention) {

    public TeamStatus {
        attention = List.copyOf(attention);
    }

    public boolean needsAttention() {
        return !attention.isEmpty();
    }
}
