package nl.bordspiegel.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import nl.bordspiegel.board.BoardChangeLine;

/**
 * The record of one session on one screen: when, how long, who led, who was there and
 * what changed on the board. For a cancelled session only the date and reason are set.
 * {@code correctable}: closed today, so attendance and who led can still be corrected, or the close undone.
 */
public record SessionSummary(long id, long teamId, String teamName, LocalDate heldOn, SessionState state,
                             LocalDateTime startedAt, Integer durationMinutes, Long ledById, String ledByName,
                             String cancelReason, List<AttendanceLine> attendance, int actionsReviewed,
                             int ideasAdopted, int measurementsAdded, int cardsAdded,
                             List<BoardChangeLine> changes, boolean correctable) {

    public SessionSummary {
        attendance = List.copyOf(attendance);
        changes = List.copyOf(changes);
    }
}
