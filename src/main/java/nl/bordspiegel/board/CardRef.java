package nl.bordspiegel.board;

/** Which card: its kind and id, as a {@link BoardChanged} names it. */
public record CardRef(CardKind kind, long id) {
}
