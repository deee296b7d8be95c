package nl.bordspiegel.board;

/** The kinds of card on a board, for comments about one card and for the change log. */
public enum CardKind { GOAL, IDEA, ACTION, SUCCESS, COMMENT }
