package nl.bordspiegel.board;

import java.util.Optional;

/**
 * What one change means for a board screen: the card it touches ({@code ref}) and that card as
 * the board shows it now with its number of comments, or no card when it has left the board
 * (deleted, adopted or dropped, closed too long ago). A comment about a card touches that card.
 */
public record CardUpdate(CardRef ref, Optional<BoardCard> card, int comments) {

    static CardUpdate gone(CardRef ref) {
        return new CardUpdate(ref, Optional.empty(), 0);
    }
}
