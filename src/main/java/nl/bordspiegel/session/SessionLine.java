package nl.bordspiegel.session;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A session as a history list or another feature (the coach overview) reads it. */
public record SessionLine(long id, long teamId, LocalDate heldOn, SessionState state, LocalDateTime startedAt,
                          Integer durationMinutes, Long ledById, String ledByName, String cancelReason,
                          int present, int partial, int absent, int actionsReviewed, int ideasAdopted,
                          int measurementsAdded, int cardsAdded) {
}
