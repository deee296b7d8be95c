package nl.bordspiegel.board;

import java.time.LocalDate;

import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

public record IdeaCard(long id, long version, String text, long authorId, String authorName, LocalDate proposedOn,
                       IdeaStatus status) implements BoardCard {
}
