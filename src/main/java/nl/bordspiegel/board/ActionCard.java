package nl.bordspiegel.board;

import java.time.LocalDate;

import nl.bordspiegel.shared.Vocabulary.ActionStatus;

/** An improvement action as a board shows it; owner, idea and due date may be null. */
public record ActionCard(long id, long version, String title, Long ownerId, String ownerName, long createdById,
                         String createdByName, Long fromIdeaId, LocalDate createdOn, LocalDate dueOn,
                         ActionStatus status, boolean overdue) implements BoardCard {
}
