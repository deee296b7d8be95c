package nl.bordspiegel.board;

/** What happened on a board; a session's record counts these between its start and end. */
public enum ChangeKind {
    CARD_ADDED, CARD_EDITED, IDEA_ADOPTED, IDEA_PARKED, IDEA_DROPPED, ACTION_STATUS, ACTION_REVIEWED,
    MEASUREMENT_ADDED, GOAL_CLOSED, CARD_DELETED, CARD_RESTORED, DECISION_UNDONE, GOAL_REOPENED,
    MEASUREMENT_EDITED
}
