package nl.bordspiegel.board;

import java.time.LocalDateTime;

/** One recorded change on a board: what a session's summary lists. */
public record BoardChangeLine(LocalDateTime changedAt, long byPersonId, ChangeKind kind, CardKind cardKind,
                              Long cardId, String description) {
}
