package nl.bordspiegel.board;

import java.time.LocalDate;

import nl.bordspiegel.shared.Vocabulary.CommentKind;

/** A question or comment; {@code cardKind} and {@code cardId} are null for one about the whole board. */
public record CommentCard(long id, long version, CommentKind kind, String text, long authorId, String authorName,
                          LocalDate writtenOn, CardKind cardKind, Long cardId) implements BoardCard {
}
