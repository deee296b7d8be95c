package nl.bordspiegel.board;

import nl.bordspiegel.shared.BoardEvent;

/** A card on a team's board was added or changed; {@code cardId} is null when the card has no id yet. */
public record BoardChanged(long teamId, ChangeKind kind, CardKind card, Long cardId, long byPersonId)
        implements BoardEvent {
}
